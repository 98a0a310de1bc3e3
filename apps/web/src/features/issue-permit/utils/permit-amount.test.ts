import { describe, expect, it } from "vitest";
import { formatPermitAmount } from "./permit-amount.ts";

describe("formatPermitAmount", () => {
  it("shows a paid amount in the locale's money format", () => {
    expect(formatPermitAmount({ amount: "14.50", currency: "CAD" }, "fr-CA")).toBe("14,50\u00a0$");
    expect(formatPermitAmount({ amount: "14.50", currency: "CAD" }, "en-CA")).toBe("$14.50");
  });

  it("shows nothing for a free permit", () => {
    expect(formatPermitAmount({}, "en-CA")).toBeUndefined();
  });

  it("shows the amount as sent when no currency came with it", () => {
    expect(formatPermitAmount({ amount: "14.50" }, "en-CA")).toBe("14.50");
  });
});
