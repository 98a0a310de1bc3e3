import { describe, expect, it } from "vitest";
import { plateRange } from "./plate-prefix.ts";

describe("plateRange", () => {
  it("spans every plate that starts with the prefix, and none other", () => {
    const range = plateRange("ab 1");
    expect(range).toEqual({ from: "AB1", to: "AB2" });
    const inRange = (plate: string) =>
      range !== undefined && plate >= range.from && plate < range.to;
    expect(["AB1", "AB1Z", "AB19999"].every(inRange)).toBe(true);
    expect(["AB", "AB0", "AB2", "AC1", "A"].some(inRange)).toBe(false);
  });

  it("reaches past the last letter and the last digit", () => {
    expect(plateRange("Z")).toEqual({ from: "Z", to: "[" });
    expect(plateRange("A9")).toEqual({ from: "A9", to: "A:" });
  });

  it("is no filter at all for a blank prefix", () => {
    expect(plateRange(" - ")).toBeUndefined();
  });
});
