import { describe, expect, it } from "vitest";
import { normalizePlate, PLATE_MAX_LENGTH, plateSchema } from "./plate.ts";

function messagesFor(input: unknown): string[] {
  const result = plateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("normalizePlate", () => {
  it("upper-cases a plate and removes its spaces and dashes", () => {
    expect(normalizePlate(" ab-12 c ")).toBe("AB12C");
  });

  it("removes runs of spaces, tabs and dashes inside a plate", () => {
    expect(normalizePlate("pl8\t--  rdr")).toBe("PL8RDR");
  });

  it("keeps characters that are not spaces or dashes, so the checks can refuse them", () => {
    expect(normalizePlate("ab.12")).toBe("AB.12");
  });
});

describe("plateSchema", () => {
  it("accepts a plate and gives it back normalised", () => {
    expect(plateSchema.parse("pl8-rdr")).toBe("PL8RDR");
  });

  it(`accepts ${PLATE_MAX_LENGTH} letters and digits once spaces and dashes are gone`, () => {
    const typed = "ABCDE-FGHIJ KLMNO-PQRST 12345";
    expect(plateSchema.parse(typed)).toBe("ABCDEFGHIJKLMNOPQRST12345");
  });

  it(`refuses ${PLATE_MAX_LENGTH + 1} letters and digits with a message naming the limit`, () => {
    expect(messagesFor("ABCDE-FGHIJ KLMNO-PQRST 123456")).toEqual(["plate_too_long"]);
  });

  it("asks for the plate, and only that, when nothing but spaces and dashes was typed", () => {
    expect(messagesFor(" - ")).toEqual(["plate_required"]);
    expect(messagesFor("")).toEqual(["plate_required"]);
  });

  it("asks for the plate when none was sent at all", () => {
    expect(messagesFor(undefined)).toEqual(["plate_required"]);
  });

  it("refuses punctuation, accented letters and characters that show nothing, naming the first and where it is", () => {
    const refusal = (character: string, codePoint: string, position: number) =>
      JSON.stringify({
        code: "plate_not_alphanumeric",
        params: { character, codePoint, position },
      });
    expect(messagesFor("AB.12")).toEqual([refusal(".", "U+002E", 3)]);
    expect(messagesFor("ÉTÉ1")).toEqual([refusal("É", "U+00C9", 1)]);
    // A zero-width space pasted with the plate: the clerk cannot see it, the message names it.
    expect(messagesFor("ZW\u200B777")).toEqual([refusal("\u200B", "U+200B", 3)]);
    // Counted in characters as a person counts them, after the spaces and dashes are dropped.
    expect(messagesFor("ab 1-😀2")).toEqual([refusal("😀", "U+1F600", 4)]);
  });
});
