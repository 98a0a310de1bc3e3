import { describe, expect, it } from "vitest";
import { amountSentAs, plateSentAs } from "./sent-as.ts";

describe("plateSentAs", () => {
  it("gives the plate as it will be sent", () => {
    expect(plateSentAs(" ab 12-3 ")).toBe("AB123");
  });

  it("gives nothing for a plate the field refuses", () => {
    expect(plateSentAs("AB#12")).toBeUndefined();
    expect(plateSentAs("")).toBeUndefined();
    expect(plateSentAs("A".repeat(26))).toBeUndefined();
  });
});

describe("amountSentAs", () => {
  it("gives the amount with two decimals", () => {
    expect(amountSentAs("14.5")).toBe("14.50");
    expect(amountSentAs(".5")).toBe("0.50");
  });

  it("gives nothing for an amount the field refuses", () => {
    expect(amountSentAs("0")).toBeUndefined();
    expect(amountSentAs("0.00")).toBeUndefined();
    expect(amountSentAs("12.345")).toBeUndefined();
    expect(amountSentAs("1000000")).toBeUndefined();
  });

  it("gives nothing when no amount is typed", () => {
    expect(amountSentAs("  ")).toBeUndefined();
  });
});
