import { DEFAULT_VALIDITY_BOUNDS, problemAsText } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { changeFormResolver } from "./change-form.ts";
import {
  correctionFormValuesOf,
  correctionInputOf,
  correctionRules,
} from "./correct-permit-form.tsx";

const TORONTO = "America/Toronto";
const current = { ...samplePermitRecord().current, permitNo: "L4-1138" };
const values = correctionFormValuesOf(current, TORONTO);
/** Five minutes into the sample permit, which starts 2026-07-02 09:00 in Toronto. */
const limits = {
  validityBounds: DEFAULT_VALIDITY_BOUNDS,
  now: () => new Date("2026-07-02T13:05:00Z"),
};
const resolve = (changed: Partial<typeof values>, at = limits) =>
  changeFormResolver(
    correctionRules,
    current,
    TORONTO,
    at,
  )({ ...values, ...changed }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe("the correction form", () => {
  it("starts from the permit as it is now, on the site's clock", () => {
    expect(values).toEqual({
      plate: "PL8RDR",
      zone: "Lot 4",
      validFrom: "2026-07-02T09:00",
      validUntil: "2026-07-02T11:00",
      permitNo: "L4-1138",
      plateInNumber: true,
      reason: "",
    });
  });

  it("puts a corrected plate in a permit number made with the old one, unless staff say not to", () => {
    const patterned = { ...current, plate: "GHK789", permitNo: "L4-20261206-GHK789" };
    const asNow = correctionFormValuesOf(patterned, TORONTO);
    const corrected = { ...asNow, plate: "ghk798", reason: "Typo" };
    expect(correctionInputOf(corrected, patterned, TORONTO)).toEqual({
      action: "update",
      changes: { plate: "ghk798", permitNo: "L4-20261206-GHK798" },
      reason: "Typo",
    });
    expect(correctionInputOf({ ...corrected, plateInNumber: false }, patterned, TORONTO)).toEqual({
      action: "update",
      changes: { plate: "ghk798" },
      reason: "Typo",
    });
    // A number staff typed over is theirs: it is sent as typed.
    expect(correctionInputOf({ ...corrected, permitNo: "ROOM-12" }, patterned, TORONTO)).toEqual({
      action: "update",
      changes: { plate: "ghk798", permitNo: "ROOM-12" },
      reason: "Typo",
    });
  });

  it("sends only what was changed, times with the site's offset", () => {
    expect(
      correctionInputOf(
        { ...values, plate: "pl8 rdb", validUntil: "2026-07-02T12:30", reason: "Typo" },
        current,
        TORONTO,
      ),
    ).toEqual({
      action: "update",
      changes: { plate: "pl8 rdb", validUntil: "2026-07-02T12:30:00-04:00" },
      reason: "Typo",
    });
  });

  it("does not count a plate typed as it already reads as a change", () => {
    expect(
      correctionInputOf({ ...values, plate: "pl8-rdr", zone: "Lot 5" }, current, TORONTO),
    ).toMatchObject({ changes: { zone: "Lot 5" } });
  });

  it("offers a renamed zone under its name now and sends nothing about it when left so", () => {
    const renamed = { ...current, zone: "Lot A", zoneName: "Lot A North" };
    const kept = correctionFormValuesOf(renamed, TORONTO);
    expect(kept.zone).toBe("Lot A North");
    expect(
      correctionInputOf({ ...kept, plate: "pl8 rdb", reason: "Typo" }, renamed, TORONTO),
    ).toEqual({ action: "update", changes: { plate: "pl8 rdb" }, reason: "Typo" });
  });

  it("gives the BFF's body, plate normalised, once a reason is given", async () => {
    const result = await resolve({ plate: "pl8 rdb", reason: " Typo " });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      action: "update",
      changes: { plate: "PL8RDB" },
      reason: "Typo",
    });
  });

  it("puts each message beside its field, and one about the whole change on the form", async () => {
    const result = await resolve({ plate: "PL8 RD!", permitNo: " " });
    expect(result.errors).toMatchObject({
      plate: {
        message: problemAsText({
          code: "plate_not_alphanumeric",
          params: { character: "!", codePoint: "U+0021", position: 6 },
        }),
      },
      permitNo: { message: "permit_number_removed" },
      reason: { message: "reason_required" },
    });
    const unchanged = await resolve({ reason: "No reason" });
    expect(unchanged.errors).toMatchObject({
      root: {
        form: { message: "correction_empty" },
      },
    });
  });

  it("holds a moved start within the site's bounds, and the length always", async () => {
    const early = await resolve({ validFrom: "2026-06-30T09:00", reason: "Typo" });
    expect(early.errors.validFrom?.message).toBe(
      problemAsText({ code: "validity_start_too_early", params: { hours: 24 } }),
    );
    const long = await resolve({ validUntil: "9999-12-31T23:59", reason: "Typo" });
    expect(long.errors.validUntil?.message).toBe(
      problemAsText({ code: "validity_too_long", params: { days: 30 } }),
    );
    const plateOnly = await resolve(
      { plate: "PL8RDB", reason: "Typo" },
      { ...limits, now: () => new Date("2027-01-01T00:00:00Z") },
    );
    expect(plateOnly.errors).toEqual({});
  });
});
