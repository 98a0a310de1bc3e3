import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import { endInWords } from "./end-in-words.ts";

const TORONTO = "America/Toronto";
const en = issuePermitMessages.in("en-CA");
const fr = issuePermitMessages.in("fr-CA");
// 23:30 in Toronto on 2 December: UTC is already the 3rd, the site is not.
const lateEvening = new Date("2026-12-03T04:30:00Z");

describe("endInWords", () => {
  it("says today and tomorrow by the site's calendar, not UTC's", () => {
    expect(endInWords("2026-12-02T23:59", lateEvening, TORONTO, "en-CA", en)).toBe(
      "Until 23:59 today",
    );
    expect(endInWords("2026-12-03T09:00", lateEvening, TORONTO, "en-CA", en)).toBe(
      "Until 09:00 tomorrow",
    );
  });

  it("names the day further off", () => {
    expect(endInWords("2026-12-05T14:00", lateEvening, TORONTO, "en-CA", en)).toMatch(
      /^Until 14:00 on Sat.*Dec.*5/,
    );
    expect(endInWords("2027-01-05T14:00", lateEvening, TORONTO, "en-CA", en)).toMatch(/2027/);
  });

  it("speaks French with French clock times", () => {
    expect(endInWords("2026-12-02T17:30", lateEvening, TORONTO, "fr-CA", fr)).toBe(
      "Jusqu'à 17 h 30 aujourd'hui",
    );
    expect(endInWords("2026-12-03T09:00", lateEvening, TORONTO, "fr-CA", fr)).toBe(
      "Jusqu'à 09 h 00 demain",
    );
    expect(endInWords("2026-12-05T14:00", lateEvening, TORONTO, "fr-CA", fr)).toMatch(
      /^Jusqu'à 14 h 00 le sam.*5 déc/,
    );
  });

  it("says nothing of a half-typed time", () => {
    expect(endInWords("2026-12-0", lateEvening, TORONTO, "en-CA", en)).toBeUndefined();
  });
});
