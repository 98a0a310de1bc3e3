import { describe, expect, it } from "vitest";
import {
  normalisedPlates,
  repeatedPlates,
  typedPlates,
  withPlateReplaced,
} from "./typed-plates.ts";

describe("typed plates", () => {
  it("parts plates at commas, semicolons and line breaks, never at spaces or dashes", () => {
    expect(typedPlates(" ab 12-3 ,cd4;\n\nEF 5 ,, ")).toEqual(["ab 12-3", "cd4", "EF 5"]);
    expect(normalisedPlates("ab 12-3, cd4")).toEqual(["AB123", "CD4"]);
  });

  it("names each plate listed more than once", () => {
    expect(repeatedPlates(["AB1", "CD2", "AB1", "AB1"])).toEqual(["AB1"]);
    expect(repeatedPlates(["AB1", "CD2"])).toEqual([]);
  });

  it("replaces one plate among several and keeps the others as typed", () => {
    expect(withPlateReplaced("a8123, kb-1", 0, "AB123")).toBe("AB123, kb-1");
    expect(withPlateReplaced("a8123", 0, "AB123")).toBe("AB123");
  });
});
