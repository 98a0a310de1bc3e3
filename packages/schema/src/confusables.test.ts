import { describe, expect, it } from "vitest";
import {
  CONFUSABLE_PAIRS,
  confusableMarks,
  isOneConfusableAway,
  plateSkeleton,
} from "./confusables.ts";

describe("confusableMarks", () => {
  it("marks each digit and letter of the five pairs with its look-alike, and nothing else", () => {
    expect(confusableMarks("A0O3")).toEqual([
      { character: "A", confusable: false },
      { character: "0", confusable: true, kind: "digit", lookalike: "O" },
      { character: "O", confusable: true, kind: "letter", lookalike: "0" },
      { character: "3", confusable: false },
    ]);
  });

  it("knows exactly the pairs 0/O, 1/I, 5/S, 8/B and 2/Z", () => {
    const marked = confusableMarks("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
      .filter((mark) => mark.confusable)
      .map((mark) => mark.character)
      .join("");
    expect(marked).toBe("01258BIOSZ");
    expect(CONFUSABLE_PAIRS).toHaveLength(5);
  });

  it("marks the plate as it will be sent: upper-cased, without spaces and dashes", () => {
    expect(confusableMarks("ab-1 o").map((mark) => mark.character)).toEqual(["A", "B", "1", "O"]);
    expect(confusableMarks("o")[0]).toMatchObject({ confusable: true, kind: "letter" });
  });

  it("gives nothing for an empty plate", () => {
    expect(confusableMarks("  ")).toEqual([]);
  });
});

describe("plateSkeleton", () => {
  it("writes every look-alike letter as its digit", () => {
    expect(plateSkeleton("OISBZ")).toBe("01582");
    expect(plateSkeleton("AB1O3")).toBe("A8103");
  });

  it("is the same for plates that differ only by confusable characters", () => {
    expect(plateSkeleton("ab1o3")).toBe(plateSkeleton("A8I03"));
    expect(plateSkeleton("AB123")).not.toBe(plateSkeleton("AB133"));
  });

  it("leaves digits and other letters alone", () => {
    expect(plateSkeleton("PL8RDR")).toBe("PL8RDR");
  });
});

describe("isOneConfusableAway", () => {
  it("is true for plates one confusable character apart, either way round", () => {
    expect(isOneConfusableAway("AB1O3", "AB103")).toBe(true);
    expect(isOneConfusableAway("AB103", "AB1O3")).toBe(true);
    expect(isOneConfusableAway("PL8RDR", "PLBRDR")).toBe(true);
    expect(isOneConfusableAway("ZED5", "2ED5")).toBe(true);
  });

  it("compares the plates as they will be sent", () => {
    expect(isOneConfusableAway("ab 1o3", "AB-103")).toBe(true);
  });

  it("is false for two differences, even both confusable", () => {
    expect(isOneConfusableAway("ABI03", "AB1O3")).toBe(false);
  });

  it("is false for the same plate", () => {
    expect(isOneConfusableAway("AB103", "ab-103")).toBe(false);
  });

  it("is false for one difference that is not a confusable pair", () => {
    expect(isOneConfusableAway("AB103", "AB104")).toBe(false);
    expect(isOneConfusableAway("AB1O3", "AB1Q3")).toBe(false);
    // Both confusable, but not with each other.
    expect(isOneConfusableAway("AB0", "ABI")).toBe(false);
  });

  it("is false for plates of different lengths", () => {
    expect(isOneConfusableAway("AB10", "AB1O3")).toBe(false);
  });
});
