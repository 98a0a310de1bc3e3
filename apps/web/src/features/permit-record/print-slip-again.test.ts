import { describe, expect, it } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { slipOf } from "./print-slip-again.tsx";

describe("slipOf", () => {
  it("prints the permit as it is now: its corrected plate, zone and end", () => {
    const record = samplePermitRecord({ amount: "5.00", currency: "CAD" });
    const corrected = samplePermitRecord({
      ...record,
      current: {
        ...record.current,
        plate: "PL8RDB",
        zoneName: "Lot 4 East",
        validUntil: "2026-07-02T19:00:00.000Z",
        permitNo: "L4-20260702-PL8RDB",
        corrected: true,
      },
    });
    expect(slipOf(corrected)).toEqual({
      referenceId: "ref-1",
      journalId: "entry-1",
      plate: "PL8RDB",
      zone: "Lot 4 East",
      validFrom: "2026-07-02T13:00:00.000Z",
      validUntil: "2026-07-02T19:00:00.000Z",
      amount: "5.00",
      currency: "CAD",
      permitNo: "L4-20260702-PL8RDB",
    });
  });

  it("prints the reference staff found in OPSCOM for a permit it never confirmed", () => {
    const found = samplePermitRecord({
      state: "unknown",
      referenceId: undefined,
      foundReferenceId: "found-1",
    });
    expect(slipOf(found)?.referenceId).toBe("found-1");
  });

  it("offers no slip for a voided permit, nor one OPSCOM never issued", () => {
    const record = samplePermitRecord();
    expect(slipOf({ ...record, current: { ...record.current, status: "voided" } })).toBeUndefined();
    expect(
      slipOf(samplePermitRecord({ state: "rejected", referenceId: undefined })),
    ).toBeUndefined();
  });
});
