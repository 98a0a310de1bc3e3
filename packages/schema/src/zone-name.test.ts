import { describe, expect, it } from "vitest";
import { problemOfIssue } from "./problems.ts";
import { normalizeZoneName, zoneInputSchema, zoneNameKey, zoneNameProblem } from "./zone-name.ts";

describe("zoneNameProblem", () => {
  it.each([
    "Lot 4",
    "Visitor Parkade",
    "Stationnement Côte-des-Neiges (niveau -1)",
    "P2 – Nord",
    "Парковка 4",
    "Στάθμευση Α",
    "駐車場 A",
    "第2駐車場 ひがし",
    "주차장 B",
    "Lot 4 #2 / Gate 'C'",
  ])("accepts %s", (name) => {
    expect(zoneNameProblem(normalizeZoneName(name))).toBeUndefined();
  });

  it.each([
    ["a zero-width space", "Lot\u200b4", { kind: "invisible", position: 4, codePoint: "U+200B" }],
    ["a zero-width joiner", "Lot\u200d4", { kind: "invisible", position: 4, codePoint: "U+200D" }],
    ["a soft hyphen", "Lot\u00ad4", { kind: "invisible", position: 4, codePoint: "U+00AD" }],
    ["a right-to-left override", "Lot \u202e4", { kind: "invisible", position: 5 }],
    ["a Hangul filler", "Lot \u31644", { kind: "invisible", position: 5 }],
    ["a no-break space", "Lot\u00a04", { kind: "special_space", codePoint: "U+00A0" }],
    ["a narrow no-break space", "Lot\u202f4", { kind: "special_space", codePoint: "U+202F" }],
    ["an ideographic space", "Lot\u30004", { kind: "special_space", codePoint: "U+3000" }],
    ["NUL", "Lot\u00004", { kind: "control", position: 4, codePoint: "U+0000" }],
    ["a tab", "Lot\t4", { kind: "control", codePoint: "U+0009" }],
    ["a line break", "Lot\n4", { kind: "control", codePoint: "U+000A" }],
    ["a line separator", "Lot\u20284", { kind: "control", codePoint: "U+2028" }],
    ["a private-use character", "Lot \ue000", { kind: "unassigned", codePoint: "U+E000" }],
    ["a lone surrogate", "Lot \ud800", { kind: "unassigned", codePoint: "U+D800" }],
    [
      "full-width letters",
      "\uff2c\uff4f\uff54 4",
      { kind: "compatibility_form", position: 1, codePoint: "U+FF2C" },
    ],
    [
      "a full-width digit",
      "Lot \uff14",
      { kind: "compatibility_form", position: 5, codePoint: "U+FF14" },
    ],
    [
      "mathematical bold letters",
      "\u{1d40b}\u{1d428}\u{1d42d} 4",
      { kind: "compatibility_form", position: 1 },
    ],
    [
      "a ligature",
      "Of\ufb01ce lot",
      { kind: "compatibility_form", position: 3, codePoint: "U+FB01" },
    ],
    ["two spaces in a row", "Lot  4", { kind: "repeated_space", position: 5 }],
    [
      "a Cyrillic o in a Latin name",
      "L\u043et 4",
      {
        kind: "mixed_scripts",
        position: 2,
        character: "\u043e",
        script: "Cyrillic",
        first: "Latin",
      },
    ],
    [
      "a Latin a in a Greek name",
      "\u0391\u03b2a",
      { kind: "mixed_scripts", position: 3, script: "Latin", first: "Greek" },
    ],
    [
      "a Hangul with kana",
      "주차장 ひ",
      { kind: "mixed_scripts", script: "Hiragana", first: "Hangul" },
    ],
  ])("refuses %s, saying where", (_what, name, problem) => {
    expect(zoneNameProblem(normalizeZoneName(name))).toMatchObject(problem);
  });

  it("counts positions in characters, as a person does, not in UTF-16 units", () => {
    expect(zoneNameProblem("\u{1F17F}\u200b")).toMatchObject({ position: 2 });
  });
});

describe("the zone name schema", () => {
  it("stores a name in NFC, trimmed, whatever way its accents were typed", () => {
    expect(zoneInputSchema.parse({ name: "  Co\u0302te " }).name).toBe("C\u00f4te");
  });

  it("says what is wrong by code, with the character and where it is", () => {
    const result = zoneInputSchema.safeParse({ name: "Lot\u00a04" });
    expect(result.error?.issues.map(problemOfIssue)).toEqual([
      { code: "zone_name_special_space", params: { codePoint: "U+00A0", position: 4 } },
    ]);
  });
});

describe("zoneNameKey", () => {
  it("is one key for names that differ only in capitals, accents typed either way included", () => {
    expect(zoneNameKey("Lot 4")).toBe(zoneNameKey("LOT 4"));
    expect(zoneNameKey("C\u00d4TE")).toBe(zoneNameKey("co\u0302te"));
    expect(zoneNameKey("Stra\u00dfe")).toBe(zoneNameKey("STRASSE"));
    expect(zoneNameKey("Lot 4")).not.toBe(zoneNameKey("Lot 5"));
  });
});
