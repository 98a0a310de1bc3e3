import { describe, expect, it } from "vitest";
import {
  dateEntryProblem,
  dateInWords,
  parseDateEntry,
  parseTimeEntry,
  stepDate,
  stepTime,
  wallTimeOfParts,
  wallTimeParts,
} from "./wall-time-entry.ts";

describe("date entry", () => {
  it("reads a date written year first, with dashes, slashes, dots or none", () => {
    expect(parseDateEntry("2026-12-06")).toBe("2026-12-06");
    expect(parseDateEntry(" 2026/12/6 ")).toBe("2026-12-06");
    expect(parseDateEntry("2026.1.5")).toBe("2026-01-05");
    expect(parseDateEntry("20261206")).toBe("2026-12-06");
  });

  it("refuses days the calendar does not have and dates written day or month first", () => {
    expect(parseDateEntry("2026-02-29")).toBeUndefined();
    expect(parseDateEntry("2028-02-29")).toBe("2028-02-29");
    expect(parseDateEntry("2026-13-01")).toBeUndefined();
    expect(parseDateEntry("12/06/2026")).toBeUndefined();
    expect(parseDateEntry("")).toBeUndefined();
  });

  it("says the date in words in the app's language, never in the browser's", () => {
    expect(dateInWords("2026-12-06", "en-CA")).toBe("Sun, Dec 6, 2026");
    expect(dateInWords("2026-12-06", "fr-CA")).toBe("dim. 6 déc. 2026");
    expect(dateInWords("2026-12-32", "en-CA")).toBeUndefined();
  });

  it("steps a day at a time across months and years", () => {
    expect(stepDate("2026-12-31", 1)).toBe("2027-01-01");
    expect(stepDate("2026-03-01", -1)).toBe("2026-02-28");
    expect(stepDate("soon", 1)).toBe("soon");
  });
});

describe("time entry", () => {
  it("reads a 24-hour time however a clerk writes it, in English or French", () => {
    expect(parseTimeEntry("14:30")).toBe("14:30");
    expect(parseTimeEntry("14h30")).toBe("14:30");
    expect(parseTimeEntry("14 h 30")).toBe("14:30");
    expect(parseTimeEntry("9:05")).toBe("09:05");
    expect(parseTimeEntry("1430")).toBe("14:30");
    expect(parseTimeEntry("930")).toBe("09:30");
    expect(parseTimeEntry("14")).toBe("14:00");
    expect(parseTimeEntry("14h")).toBe("14:00");
    expect(parseTimeEntry("0:00")).toBe("00:00");
  });

  it("refuses times a 24-hour clock does not show, and 12-hour times", () => {
    expect(parseTimeEntry("24:00")).toBeUndefined();
    expect(parseTimeEntry("12:60")).toBeUndefined();
    expect(parseTimeEntry("2:30 PM")).toBeUndefined();
    expect(parseTimeEntry("")).toBeUndefined();
  });

  it("steps minutes round the clock", () => {
    expect(stepTime("23:55", 15)).toBe("00:10");
    expect(stepTime("00:05", -15)).toBe("23:50");
    expect(stepTime("later", 15)).toBe("later");
  });
});

describe("the form's one value", () => {
  it("is the wall time once both parts read, and splits back into them", () => {
    expect(wallTimeOfParts({ date: "2026/12/6", time: "9h05" })).toBe("2026-12-06T09:05");
    expect(wallTimeParts("2026-12-06T09:05")).toEqual({ date: "2026-12-06", time: "09:05" });
    expect(wallTimeOfParts({ date: "", time: " " })).toBe("");
  });

  it("keeps what was typed when a part does not read, as a value no wall time matches", () => {
    const value = wallTimeOfParts({ date: "2026-02-30", time: "09:00" });
    expect(value).toBe("2026-02-30 09:00");
    expect(wallTimeParts(value)).toEqual({ date: "2026-02-30", time: "09:00" });
  });
});

describe("dateEntryProblem", () => {
  it("tells a day the calendar does not have from a date not written year first", () => {
    expect(dateEntryProblem("2026-02-30")).toBe("noSuchDay");
    expect(dateEntryProblem("2026-13-01")).toBe("noSuchDay");
    expect(dateEntryProblem("06/12/2026")).toBe("format");
    expect(dateEntryProblem("tomorrow")).toBe("format");
    expect(dateEntryProblem("2028-02-29")).toBeUndefined();
    expect(dateEntryProblem("")).toBeUndefined();
  });
});
