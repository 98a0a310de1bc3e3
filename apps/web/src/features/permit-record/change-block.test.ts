import { describe, expect, it } from "vitest";
import { sampleChange, samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { changeBlock, changeWindowClosesAt } from "./change-block.ts";

const ana = { username: "ana", role: "validator", zones: ["Lot 4"] } as const;
const manager = { username: "mo", role: "manager", zones: ["Lot 5"] } as const;
const admin = { username: "ada", role: "admin", zones: [] } as const;
const start = Date.parse("2026-07-02T13:00:00.000Z");
const minutes = (count: number) => start + count * 60_000;

describe("changeBlock", () => {
  it("lets the validator who issued a permit change it until the window after its start closes", () => {
    const record = samplePermitRecord();
    expect(changeBlock(record, ana, 15, minutes(15))).toBeUndefined();
    expect(changeBlock(record, ana, 15, minutes(15) + 1)).toEqual({
      kind: "windowClosed",
      startedAt: "2026-07-02T13:00:00.000Z",
      minutes: 15,
    });
    expect(changeWindowClosesAt(record, ana, 15)).toBe(minutes(15));
  });

  it("counts the window from the start as issued, once a correction moved the start later", () => {
    const record = samplePermitRecord({
      current: { ...samplePermitRecord().current, validFrom: "2026-07-02T14:00:00.000Z" },
    });
    expect(changeWindowClosesAt(record, ana, 15)).toBe(minutes(15));
    expect(changeBlock(record, ana, 15, minutes(16))).toEqual({
      kind: "windowClosed",
      startedAt: "2026-07-02T13:00:00.000Z",
      minutes: 15,
    });
  });

  it("counts the window from the current start, once a correction moved the start earlier", () => {
    const record = samplePermitRecord({
      current: { ...samplePermitRecord().current, validFrom: "2026-07-02T12:30:00.000Z" },
    });
    expect(changeBlock(record, ana, 15, minutes(-15))).toBeUndefined();
    expect(changeBlock(record, ana, 15, minutes(-14))).toEqual({
      kind: "windowClosed",
      startedAt: "2026-07-02T12:30:00.000Z",
      minutes: 15,
    });
  });

  it("keeps validators to their own permits, managers to their zones, and lets admins change any", () => {
    const record = samplePermitRecord();
    expect(changeBlock(record, { ...ana, username: "bo" }, 15, start)).toEqual({
      kind: "notYours",
    });
    expect(changeBlock(record, manager, 15, minutes(600))).toEqual({
      kind: "notYourZone",
      zone: "Lot 4",
    });
    expect(changeBlock(record, { ...manager, zones: ["Lot 4"] }, 15, minutes(600))).toBeUndefined();
    expect(changeBlock(record, admin, 15, minutes(600))).toBeUndefined();
    expect(changeWindowClosesAt(record, admin, 15)).toBeUndefined();
  });

  it("changes a voided permit for nobody", () => {
    const record = samplePermitRecord({
      current: { ...samplePermitRecord().current, status: "voided" },
      changes: [sampleChange({ action: "void", fields: {} })],
    });
    expect(changeBlock(record, admin, 15, start)).toEqual({ kind: "voided" });
  });

  it("waits for OPSCOM, or for a finding, while the permit or its last change is unsettled", () => {
    expect(changeBlock(samplePermitRecord({ state: "pending" }), admin, 15, start)).toEqual({
      kind: "pending",
    });
    const unknown = samplePermitRecord({
      state: "unknown",
      referenceId: undefined,
      current: { ...samplePermitRecord().current, status: "unconfirmed" },
    });
    expect(changeBlock(unknown, admin, 15, start)).toEqual({ kind: "unconfirmed" });
    const inFlight = samplePermitRecord({ changes: [sampleChange({ state: "pending" })] });
    expect(changeBlock(inFlight, admin, 15, start)).toEqual({ kind: "changeInFlight" });
    const lost = samplePermitRecord({ changes: [sampleChange({ state: "unknown" })] });
    expect(changeBlock(lost, admin, 15, start)).toEqual({ kind: "changeUnconfirmed" });
    const found = samplePermitRecord({
      changes: [sampleChange({ state: "unknown", finding: "not_applied" })],
    });
    expect(changeBlock(found, admin, 15, start)).toBeUndefined();
  });

  it("has nothing to change on a permit OPSCOM never made", () => {
    const refused = samplePermitRecord({
      state: "rejected",
      referenceId: undefined,
      current: { ...samplePermitRecord().current, status: "not_issued" },
    });
    expect(changeBlock(refused, admin, 15, start)).toEqual({ kind: "notIssued" });
  });
});
