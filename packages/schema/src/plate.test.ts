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

  it("refuses punctuation and accented letters with a message a clerk understands", () => {
    expect(messagesFor("AB.12")).toEqual(["plate_not_alphanumeric"]);
    expect(messagesFor("ÉTÉ1")).toEqual(["plate_not_alphanumeric"]);
  });
});
