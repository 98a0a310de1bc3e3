import { describe, expect, it } from "vitest";
import { hasUnacceptableCharacter } from "./acceptable-text.ts";

describe("hasUnacceptableCharacter", () => {
  it("accepts what people type, in any script, with tabs and line breaks in a note", () => {
    for (const text of [
      "",
      "Lot 4",
      "Stationnement Côte-des-Neiges, zone É",
      "駐車場 🚗 👩‍👩‍👧",
      "Seen in OPSCOM.\r\nRef 12345\tchecked",
      "\uFFFD replacement, \uFEFF byte-order mark, \u200B zero-width space",
      "\uE000 private use, \u{10FFFD} last private use",
    ]) {
      expect(hasUnacceptableCharacter(text), JSON.stringify(text)).toBe(false);
    }
  });

  it("refuses NUL, the other controls, unpaired surrogates and the non-characters", () => {
    for (const text of [
      "AB\u0000",
      "\u0001",
      "a\u000Bb",
      "\u001F",
      "\u007F",
      "\u0085 next line",
      "\u009F",
      "\uD800",
      "lone high \uD83D at the end",
      "lone low \uDE97 in the middle",
      "\uDE97\uD83D reversed pair",
      "\uFFFE",
      "AB\uFFFF",
      "\uFDD0",
      "\uFDEF",
      "\u{1FFFE}",
      "\u{10FFFF}",
    ]) {
      expect(hasUnacceptableCharacter(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("refuses exactly Unicode's controls (but tab, LF, CR), surrogates and non-characters", () => {
    const unacceptable = /^[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]$/u;
    const ordinary = new Set([0x09, 0x0a, 0x0d]);
    const disagreements: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      const expected = unacceptable.test(char) && !ordinary.has(codePoint);
      if (hasUnacceptableCharacter(`a${char}b`) !== expected) {
        disagreements.push(codePoint.toString(16));
      }
    }
    expect(disagreements).toEqual([]);
  });
});
