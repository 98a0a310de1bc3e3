import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import {
  defaultValidity,
  endInWords,
  offeredDurations,
  validityInstants,
  validUntilFor,
} from "./validity.ts";

const TORONTO = "America/Toronto";

describe("defaultValidity", () => {
  it("runs from now until two hours later, in the site's wall-clock time", () => {
    const now = new Date("2026-07-15T13:05:00Z");
    expect(defaultValidity(now, "America/Toronto")).toEqual({
      validFrom: "2026-07-15T09:05",
      validUntil: "2026-07-15T11:05",
    });
  });

  it("reads the same instant in another site's zone", () => {
    const now = new Date("2026-07-15T13:05:00Z");
    expect(defaultValidity(now, "Europe/Paris")).toEqual({
      validFrom: "2026-07-15T15:05",
      validUntil: "2026-07-15T17:05",
    });
  });

  it("starts at the current minute, as the input shows it", () => {
    const now = new Date("2026-07-15T13:05:59.999Z");
    expect(defaultValidity(now, "UTC").validFrom).toBe("2026-07-15T13:05");
    expect(defaultValidity(now, "UTC").validUntil).toBe("2026-07-15T15:05");
  });

  it("lasts two elapsed hours across the spring daylight-saving jump", () => {
    const now = new Date("2026-03-08T06:30:00Z"); // 01:30 EST, the clocks jump at 02:00
    expect(defaultValidity(now, "America/Toronto")).toEqual({
      validFrom: "2026-03-08T01:30",
      validUntil: "2026-03-08T04:30",
    });
  });

  it("lasts two elapsed hours across the autumn daylight-saving change", () => {
    const now = new Date("2026-11-01T05:30:00Z"); // 01:30 EDT, the first of two
    expect(defaultValidity(now, "America/Toronto")).toEqual({
      validFrom: "2026-11-01T01:30",
      validUntil: "2026-11-01T02:30",
    });
  });
});

describe("validUntilFor", () => {
  it("ends a preset from the start, in the site's wall-clock time", () => {
    expect(validUntilFor("2026-03-08T01:30", "hours:2", TORONTO)).toBe("2026-03-08T04:30");
    expect(validUntilFor("2026-03-08T01:30", "endOfDay", TORONTO)).toBe("2026-03-08T23:59");
    expect(validUntilFor("2026-03-07T20:00", "nextDayAt:09:00", TORONTO)).toBe("2026-03-08T09:00");
  });

  it("leaves a custom end, or a half-typed start, alone", () => {
    expect(validUntilFor("2026-03-08T01:30", "custom", TORONTO)).toBeUndefined();
    expect(validUntilFor("2026-03-08T0", "hours:2", TORONTO)).toBeUndefined();
  });
});

describe("validUntilFor, when Valid from moves", () => {
  it("moves the end by the duration chosen, and a custom end not at all", () => {
    expect(validUntilFor("2026-07-02T09:00", "hours:4", TORONTO)).toBe("2026-07-02T13:00");
    expect(validUntilFor("2026-07-02T09:00", "custom", TORONTO)).toBeUndefined();
  });
});

describe("offeredDurations", () => {
  it("adds the templates' durations that no preset is, each once", () => {
    expect(offeredDurations()).toHaveLength(5);
    expect(offeredDurations([{ kind: "hours", hours: 2 }])).toHaveLength(5);
    const threeDays = { kind: "days", days: 3 } as const;
    expect(offeredDurations([threeDays, { kind: "hours", hours: 2 }, threeDays])).toEqual([
      ...offeredDurations(),
      threeDays,
    ]);
  });
});

describe("validityInstants", () => {
  it("reads an end in the repeated autumn hour as the one the duration reaches", () => {
    // 00:30 EDT + 2 h is 01:30 EST, the second 01:30 of 1 November 2026.
    expect(
      validityInstants(
        { validFrom: "2026-11-01T00:30", validUntil: "2026-11-01T01:30", duration: "hours:2" },
        TORONTO,
      ),
    ).toEqual({ validFrom: "2026-11-01T00:30:00-04:00", validUntil: "2026-11-01T01:30:00-05:00" });
    expect(
      validityInstants(
        { validFrom: "2026-11-01T00:30", validUntil: "2026-11-01T01:30", duration: "hours:1" },
        TORONTO,
      ).validUntil,
    ).toBe("2026-11-01T01:30:00-04:00");
  });

  it("takes a custom end as typed, the first of a repeated time", () => {
    expect(
      validityInstants(
        { validFrom: "2026-11-01T00:30", validUntil: "2026-11-01T01:30", duration: "custom" },
        TORONTO,
      ).validUntil,
    ).toBe("2026-11-01T01:30:00-04:00");
  });

  it("trusts the field when it no longer reads as the duration's end", () => {
    expect(
      validityInstants(
        { validFrom: "2026-07-02T09:00", validUntil: "2026-07-02T12:00", duration: "hours:2" },
        TORONTO,
      ).validUntil,
    ).toBe("2026-07-02T12:00:00-04:00");
  });

  it("passes half-typed times through for the schema to refuse", () => {
    expect(
      validityInstants({ validFrom: "", validUntil: "", duration: "hours:2" }, TORONTO),
    ).toEqual({ validFrom: "", validUntil: "" });
  });
});
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
