import { describe, expect, it } from "vitest";
import { DEFAULT_VALIDITY_BOUNDS, validityIssues } from "./validity-bounds.ts";

const now = new Date("2026-07-02T13:00:00Z");
const TORONTO = "America/Toronto";
const judge = (validFrom: string, validUntil: string, judgeStart?: boolean) =>
  validityIssues(
    { validFrom, validUntil },
    {
      bounds: DEFAULT_VALIDITY_BOUNDS,
      now,
      siteTimeZone: TORONTO,
      ...(judgeStart !== undefined && { judgeStart }),
    },
  );

describe("validityIssues", () => {
  it("accepts a permit from a day ago, or a year ahead, lasting up to 30 days", () => {
    expect(judge("2026-07-01T13:00:00Z", "2026-07-31T13:00:00Z")).toEqual([]);
    expect(judge("2027-07-02T13:00:00Z", "2027-07-03T13:00:00Z")).toEqual([]);
  });

  it("refuses year 0 to year 9999, beside both fields", () => {
    expect(judge("0000-01-01T00:00:00Z", "9999-12-31T23:59:00Z")).toEqual([
      { field: "validFrom", problem: { code: "validity_start_too_early", params: { hours: 24 } } },
      { field: "validUntil", problem: { code: "validity_too_long", params: { days: 30 } } },
    ]);
    expect(judge("9999-12-01T00:00:00Z", "9999-12-31T23:59:00Z")).toEqual([
      { field: "validFrom", problem: { code: "validity_start_too_late", params: { days: 365 } } },
      { field: "validUntil", problem: { code: "validity_too_long", params: { days: 30 } } },
    ]);
  });

  it("judges nothing of a time that names no instant: a day the calendar lacks, or no zone", () => {
    // JavaScript reads 2026-02-30 as March 2, and a time without a zone in the reader's zone.
    expect(judge("2026-02-30T09:00:00-05:00", "2026-07-02T15:00:00Z")).toEqual([]);
    expect(judge("2026-07-02T09:00", "2027-07-02T15:00:00Z")).toEqual([]);
    expect(judge("2026-07-02T13:00:00Z", "2026-13-01T00:00:00Z")).toEqual([]);
    // A leap day is a day: judged, and too long.
    expect(judge("2028-02-29T09:00:00Z", "2028-04-29T09:00:00Z", false)).toMatchObject([
      { field: "validUntil", problem: { code: "validity_too_long" } },
    ]);
  });

  it("refuses a start a minute beyond either bound", () => {
    expect(judge("2026-07-01T12:59:00Z", "2026-07-02T14:00:00Z")).toMatchObject([
      { field: "validFrom" },
    ]);
    expect(judge("2027-07-02T13:01:00Z", "2027-07-02T14:00:00Z")).toMatchObject([
      { field: "validFrom" },
    ]);
  });

  it("counts 30 days on the site's calendar, across the autumn clock change", () => {
    // 2026-10-15 09:00 EDT to 2026-11-14 09:00 EST is 30 calendar days and 721 hours.
    const start = "2026-10-15T09:00:00-04:00";
    const bounds = { ...DEFAULT_VALIDITY_BOUNDS, maxAheadDays: 3_650 };
    const judged = (end: string) =>
      validityIssues({ validFrom: start, validUntil: end }, { bounds, now, siteTimeZone: TORONTO });
    expect(judged("2026-11-14T09:00:00-05:00")).toEqual([]);
    expect(judged("2026-11-14T09:01:00-05:00")).toEqual([
      { field: "validUntil", problem: { code: "validity_too_long", params: { days: 30 } } },
    ]);
  });

  it("leaves the start of a permit alone when only its end changes", () => {
    expect(judge("2026-06-25T13:00:00Z", "2026-07-03T13:00:00Z", false)).toEqual([]);
    expect(judge("2026-06-25T13:00:00Z", "2026-07-30T13:00:00Z", false)).toEqual([
      { field: "validUntil", problem: { code: "validity_too_long", params: { days: 30 } } },
    ]);
  });

  it("takes the site's bounds, and gives them with the problem", () => {
    const bounds = { maxPastHours: 1, maxAheadDays: 1, maxPermitDays: 1 };
    const issues = validityIssues(
      { validFrom: "2026-07-02T11:00:00Z", validUntil: "2026-07-04T11:00:00Z" },
      { bounds, now, siteTimeZone: TORONTO },
    );
    expect(issues.map(({ problem }) => problem)).toEqual([
      { code: "validity_start_too_early", params: { hours: 1 } },
      { code: "validity_too_long", params: { days: 1 } },
    ]);
  });
});
