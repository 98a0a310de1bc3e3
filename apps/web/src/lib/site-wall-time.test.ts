import { describe, expect, it } from "vitest";
import { isWallTime, siteWallTimeToInstant } from "./site-wall-time.ts";

describe("siteWallTimeToInstant", () => {
  it("reads a wall time on the site's clock, with the offset of that day", () => {
    expect(siteWallTimeToInstant("2026-07-02T18:30", "America/Toronto")).toBe(
      "2026-07-02T18:30:00-04:00",
    );
    expect(siteWallTimeToInstant("2026-12-02T18:30", "America/Toronto")).toBe(
      "2026-12-02T18:30:00-05:00",
    );
  });

  it("passes a half-typed time through, for the schema to refuse", () => {
    expect(siteWallTimeToInstant("2026-07-02T", "America/Toronto")).toBe("2026-07-02T");
    expect(siteWallTimeToInstant("", "America/Toronto")).toBe("");
  });

  it("passes a day the calendar does not have, or a time no clock shows, through as typed", () => {
    for (const typed of [
      "2026-02-30T09:00",
      "2026-13-01T09:00",
      "2026-04-31T09:00",
      "2026-07-02T24:00",
      "2026-07-02T09:60",
    ]) {
      expect(isWallTime(typed), typed).toBe(false);
      expect(siteWallTimeToInstant(typed, "America/Toronto")).toBe(typed);
    }
    expect(isWallTime("2028-02-29T23:59")).toBe(true);
    expect(isWallTime("2026-07-02T09:00:59")).toBe(true);
  });
});
