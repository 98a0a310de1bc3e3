import { describe, expect, it } from "vitest";
import { validityInstants } from "./validity-instants.ts";

const TORONTO = "America/Toronto";

describe("validityInstants", () => {
  it("reads an end in the repeated autumn hour as the one the duration reaches", () => {
    // 00:30 EDT + 2 h is 01:30 EST, the second 01:30 of 1 November 2026.
    expect(
      validityInstants(
        { validFrom: "2026-11-01T00:30", validUntil: "2026-11-01T01:30", duration: "hours:2" },
        TORONTO,
      ),
    ).toEqual({ validFrom: "2026-11-01T00:30:00-04:00", validUntil: "2026-11-01T01:30:00-05:00" });
    expect(
      validityInstants(
        { validFrom: "2026-11-01T00:30", validUntil: "2026-11-01T01:30", duration: "hours:1" },
        TORONTO,
      ).validUntil,
    ).toBe("2026-11-01T01:30:00-04:00");
  });

  it("takes a custom end as typed, the first of a repeated time", () => {
    expect(
      validityInstants(
        { validFrom: "2026-11-01T00:30", validUntil: "2026-11-01T01:30", duration: "custom" },
        TORONTO,
      ).validUntil,
    ).toBe("2026-11-01T01:30:00-04:00");
  });

  it("trusts the field when it no longer reads as the duration's end", () => {
    expect(
      validityInstants(
        { validFrom: "2026-07-02T09:00", validUntil: "2026-07-02T12:00", duration: "hours:2" },
        TORONTO,
      ).validUntil,
    ).toBe("2026-07-02T12:00:00-04:00");
  });

  it("passes half-typed times through for the schema to refuse", () => {
    expect(
      validityInstants({ validFrom: "", validUntil: "", duration: "hours:2" }, TORONTO),
    ).toEqual({ validFrom: "", validUntil: "" });
  });
});
