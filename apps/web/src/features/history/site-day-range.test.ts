import { describe, expect, it } from "vitest";
import { endOfSiteDay, startOfSiteDay } from "./site-day-range.ts";

describe("startOfSiteDay", () => {
  it("is midnight on the site's clock, whatever the machine's zone", () => {
    expect(startOfSiteDay("2026-07-15", "America/Toronto")).toBe("2026-07-15T00:00:00-04:00");
    expect(startOfSiteDay("2026-01-15", "America/Toronto")).toBe("2026-01-15T00:00:00-05:00");
    expect(startOfSiteDay("2026-07-15", "UTC")).toBe("2026-07-15T00:00:00Z");
  });

  it("is the first instant of a day whose midnight the clocks skip", () => {
    // Santiago moves its clocks from 00:00 to 01:00 on the first Sunday of September.
    expect(startOfSiteDay("2026-09-06", "America/Santiago")).toBe("2026-09-06T01:00:00-03:00");
  });
});

describe("endOfSiteDay", () => {
  it("is the next midnight on the site's clock", () => {
    expect(endOfSiteDay("2026-07-15", "America/Toronto")).toBe("2026-07-16T00:00:00-04:00");
  });

  it("spans 23 elapsed hours on the day the clocks go forward", () => {
    const start = Date.parse(startOfSiteDay("2026-03-08", "America/Toronto"));
    const end = Date.parse(endOfSiteDay("2026-03-08", "America/Toronto"));
    expect((end - start) / 3_600_000).toBe(23);
  });

  it("spans 25 elapsed hours on the day the clocks go back", () => {
    const start = Date.parse(startOfSiteDay("2026-11-01", "America/Toronto"));
    const end = Date.parse(endOfSiteDay("2026-11-01", "America/Toronto"));
    expect((end - start) / 3_600_000).toBe(25);
  });
});
