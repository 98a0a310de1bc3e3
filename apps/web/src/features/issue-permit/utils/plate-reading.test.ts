import { confusableMarks } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import { characterCaption, plateReading } from "./plate-reading.ts";

const english = issuePermitMessages.in("en-CA");
const french = issuePermitMessages.in("fr-CA");

describe("plateReading", () => {
  it("spells the plate out, saying whether each look-alike is a digit or a letter", () => {
    expect(plateReading("AB1O3", english)).toBe("Plate: A, letter B, digit one, letter O, 3");
  });

  it("reads the plate as it will be sent", () => {
    expect(plateReading("ab-1o 3", english)).toBe("Plate: A, letter B, digit one, letter O, 3");
  });

  it("names every confusable digit", () => {
    expect(plateReading("01258", english)).toBe(
      "Plate: digit zero, digit one, digit two, digit five, digit eight",
    );
  });

  it("speaks French", () => {
    expect(plateReading("S0", french)).toBe("Plaque : lettre S, chiffre zéro");
  });

  it("says nothing for an empty plate", () => {
    expect(plateReading(" - ", english)).toBe("");
  });
});

describe("characterCaption", () => {
  it("says what a look-alike is, and nothing for other characters", () => {
    expect(confusableMarks("0OA").map((mark) => characterCaption(mark, english))).toEqual([
      "zero",
      "letter O",
      undefined,
    ]);
    expect(confusableMarks("1I").map((mark) => characterCaption(mark, french))).toEqual([
      "un",
      "lettre I",
    ]);
  });
});
