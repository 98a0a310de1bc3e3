import { describe, expect, it } from "vitest";
import { fingerprintOf } from "./fingerprint.ts";

describe("fingerprintOf", () => {
  it("is the SHA-256 of the canonical JSON, in hex", () => {
    expect(fingerprintOf({ b: 2, a: 1 })).toBe(
      "43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777",
    );
  });

  it("is the same for the same body in any key order, and differs for another body", () => {
    const body = { plate: "PL8RDR", zone: "Lot 4", amount: "14.50" };
    expect(fingerprintOf({ zone: "Lot 4", amount: "14.50", plate: "PL8RDR" })).toBe(
      fingerprintOf(body),
    );
    expect(fingerprintOf({ ...body, amount: "14.51" })).not.toBe(fingerprintOf(body));
  });
});
