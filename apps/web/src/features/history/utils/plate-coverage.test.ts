import { describe, expect, it } from "vitest";
import { isConfirmedCover, plateCoverageHeadline } from "./plate-coverage.ts";

const issued = { state: "issued" } as const;
const unconfirmed = { state: "unknown" } as const;
const foundInOpscom = { state: "unknown", finding: "exists" } as const;
const beingSent = { state: "pending" } as const;

describe("isConfirmedCover", () => {
  it("counts an issued permit and one staff found in OPSCOM", () => {
    expect(isConfirmedCover(issued)).toBe(true);
    expect(isConfirmedCover(foundInOpscom)).toBe(true);
  });

  it("does not count a permit OPSCOM did not confirm, nor one still being sent", () => {
    expect(isConfirmedCover(unconfirmed)).toBe(false);
    expect(isConfirmedCover(beingSent)).toBe(false);
  });
});

describe("plateCoverageHeadline", () => {
  it("says how many permits cover the plate", () => {
    expect(plateCoverageHeadline("AB123", [issued])).toBe("AB123 is covered now by 1 permit.");
    expect(plateCoverageHeadline("AB123", [issued, foundInOpscom])).toBe(
      "AB123 is covered now by 2 permits.",
    );
  });

  it("never says a plate has no permit when one may exist in OPSCOM", () => {
    const headline = plateCoverageHeadline("AB123", [unconfirmed]);
    expect(headline).toBe(
      "No confirmed permit for AB123, but 1 permit may exist in OPSCOM: check before issuing another.",
    );
    expect(headline).not.toMatch(/No active permit/);
  });

  it("mentions the unconfirmed ones beside the confirmed", () => {
    expect(plateCoverageHeadline("AB123", [issued, unconfirmed, beingSent])).toBe(
      "AB123 is covered now by 1 permit, and 2 more may exist in OPSCOM.",
    );
  });

  it("says so when nothing covers the plate", () => {
    expect(plateCoverageHeadline("AB123", [])).toBe("No active permit issued here for AB123.");
  });
});
