import { describe, expect, it } from "vitest";
import {
  type ChangeAsk,
  changeableStanding,
  changePermission,
  changeWindowClosesAt,
  mayRecordFindings,
} from "./change-rules.ts";

const start = Date.parse("2026-07-02T13:00:00.000Z");
const minutes = (count: number) => start + count * 60_000;
const ana = { username: "ana", role: "validator" } as const;

function ask(overrides: Partial<ChangeAsk> = {}, permit: Partial<ChangeAsk["permit"]> = {}) {
  return {
    member: ana,
    permit: {
      actor: "ana",
      validFromAsIssued: start,
      validFromNow: start,
      zone: "Lot 4",
      inMemberZones: true,
      ...permit,
    },
    changeWindowMinutes: 15,
    now: start,
    ...overrides,
  } satisfies ChangeAsk;
}

describe("changePermission", () => {
  it("lets the validator who issued a permit change it until the window after its start closes", () => {
    expect(changePermission(ask({ now: minutes(15) }))).toEqual({ allowed: true });
    expect(changePermission(ask({ now: minutes(15) + 1 }))).toEqual({
      allowed: false,
      code: "change_window_closed",
      params: { startedAt: start, closedAt: minutes(15), minutes: 15 },
    });
  });

  it("counts the window from the start as issued once a correction moved the start later", () => {
    // Issued for 09:00 with a 30-minute window, then moved to 12:00: closed at 09:31 all the same.
    const moved = { validFromNow: minutes(180) };
    const window = { changeWindowMinutes: 30 };
    expect(
      changeWindowClosesAt(
        { validFromAsIssued: start, validFromNow: minutes(180) },
        "validator",
        30,
      ),
    ).toBe(minutes(30));
    expect(changePermission(ask({ ...window, now: minutes(30) }, moved))).toEqual({
      allowed: true,
    });
    expect(changePermission(ask({ ...window, now: minutes(31) }, moved))).toEqual({
      allowed: false,
      code: "change_window_closed",
      params: { startedAt: start, closedAt: minutes(30), minutes: 30 },
    });
  });

  it("counts the window from the current start once a correction moved the start earlier", () => {
    const moved = { validFromNow: minutes(-30) };
    expect(changePermission(ask({ now: minutes(-15) }, moved))).toEqual({ allowed: true });
    expect(changePermission(ask({ now: minutes(-14) }, moved))).toMatchObject({
      allowed: false,
      code: "change_window_closed",
      params: { startedAt: minutes(-30) },
    });
  });

  it("lets the issuer undo right after issuing, whatever the window", () => {
    expect(changePermission(ask({ now: minutes(600), undo: true }))).toEqual({ allowed: true });
  });

  it("keeps validators to their own permits, managers to their zones, and lets admins change any", () => {
    expect(changePermission(ask({ member: { ...ana, username: "bo" } }))).toEqual({
      allowed: false,
      code: "not_your_permit",
      params: {},
    });
    const manager = { username: "mo", role: "manager" } as const;
    expect(
      changePermission(ask({ member: manager, now: minutes(600) }, { inMemberZones: false })),
    ).toEqual({
      allowed: false,
      code: "not_your_zone",
      params: { zone: "Lot 4" },
    });
    expect(changePermission(ask({ member: manager, now: minutes(600) }))).toEqual({
      allowed: true,
    });
    const admin = { username: "ada", role: "admin" } as const;
    expect(
      changePermission(ask({ member: admin, now: minutes(600) }, { inMemberZones: false })),
    ).toEqual({
      allowed: true,
    });
    expect(
      changeWindowClosesAt({ validFromAsIssued: start, validFromNow: start }, "manager", 15),
    ).toBeUndefined();
  });

  it("moves a permit only into a zone the member issues in, unless they administer", () => {
    const newZone = { name: "Lot 9", assigned: false };
    expect(changePermission(ask({ newZone }))).toEqual({
      allowed: false,
      code: "zone_not_assigned",
      params: { zone: "Lot 9" },
    });
    expect(changePermission(ask({ newZone: { ...newZone, assigned: true } }))).toEqual({
      allowed: true,
    });
    expect(changePermission(ask({ member: { username: "ada", role: "admin" }, newZone }))).toEqual({
      allowed: true,
    });
  });
});

describe("mayRecordFindings", () => {
  it("lets managers and administrators record findings, not validators", () => {
    expect(mayRecordFindings("admin")).toBe(true);
    expect(mayRecordFindings("manager")).toBe(true);
    expect(mayRecordFindings("validator")).toBe(false);
  });
});

describe("changeableStanding", () => {
  const issued = {
    state: "issued",
    hasFinding: false,
    made: true,
    voided: false,
    unsettledChange: undefined,
  } as const;
  const codeOf = (answer: ReturnType<typeof changeableStanding>) =>
    answer.allowed ? undefined : answer.code;

  it("lets an issued permit change when nothing of it is unsettled", () => {
    expect(changeableStanding(issued)).toEqual({ allowed: true });
    expect(changeableStanding({ ...issued, state: "unknown", hasFinding: true })).toEqual({
      allowed: true,
    });
  });

  it("waits for OPSCOM, or for a finding, while the permit or its last change is unsettled", () => {
    expect(codeOf(changeableStanding({ ...issued, state: "pending", made: false }))).toBe(
      "permit_pending",
    );
    expect(codeOf(changeableStanding({ ...issued, state: "unknown", made: false }))).toBe(
      "permit_unconfirmed",
    );
    expect(codeOf(changeableStanding({ ...issued, unsettledChange: "pending" }))).toBe(
      "change_in_flight",
    );
    expect(codeOf(changeableStanding({ ...issued, unsettledChange: "unknown" }))).toBe(
      "change_unconfirmed",
    );
  });

  it("changes nothing OPSCOM never made, nor a voided permit", () => {
    expect(codeOf(changeableStanding({ ...issued, state: "rejected", made: false }))).toBe(
      "permit_not_issued",
    );
    expect(
      codeOf(changeableStanding({ ...issued, state: "unknown", hasFinding: true, made: false })),
    ).toBe("permit_not_issued");
    expect(codeOf(changeableStanding({ ...issued, voided: true }))).toBe("permit_voided");
  });
});
