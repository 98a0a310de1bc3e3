import { describe, expect, it } from "vitest";
import { historyMessages } from "./messages.ts";
import { isConfirmedCover, plateCoverageHeadline } from "./plate-coverage.tsx";

const en = historyMessages.in("en-CA");
const fr = historyMessages.in("fr-CA");

const issued = { state: "issued", referenceId: "ref-1" } as const;
const unconfirmed = { state: "unknown" } as const;
const foundInOpscom = { state: "unknown", referenceId: "ref-2" } as const;
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
    expect(plateCoverageHeadline("AB123", [issued], en)).toBe("AB123 is covered now by 1 permit.");
    expect(plateCoverageHeadline("AB123", [issued, foundInOpscom], en)).toBe(
      "AB123 is covered now by 2 permits.",
    );
  });

  it("never says a plate has no permit when one may exist in OPSCOM", () => {
    const headline = plateCoverageHeadline("AB123", [unconfirmed], en);
    expect(headline).toBe(
      "No confirmed permit for AB123, but 1 permit may exist in OPSCOM: check before issuing another.",
    );
    expect(headline).not.toMatch(/No active permit/);
  });

  it("mentions the unconfirmed ones beside the confirmed", () => {
    expect(plateCoverageHeadline("AB123", [issued, unconfirmed, beingSent], en)).toBe(
      "AB123 is covered now by 1 permit, and 2 more may exist in OPSCOM.",
    );
  });

  it("says the same in French, a permit that may exist included", () => {
    expect(plateCoverageHeadline("AB123", [issued, unconfirmed], fr)).toBe(
      "AB123 est couverte en ce moment par 1 permis, et 1 autre existe peut-être dans OPSCOM.",
    );
    expect(plateCoverageHeadline("AB123", [unconfirmed, beingSent], fr)).toBe(
      "Aucun permis confirmé pour AB123, mais 2 permis existent peut-être dans OPSCOM : vérifiez avant d'en émettre un autre.",
    );
  });

  it("says so when nothing covers the plate", () => {
    expect(plateCoverageHeadline("AB123", [], en)).toBe("No active permit issued here for AB123.");
  });
});
