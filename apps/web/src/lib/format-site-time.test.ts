import { describe, expect, it } from "vitest";
import { formatSiteTime } from "./format-site-time.ts";

describe("formatSiteTime", () => {
  it("shows an instant on the site's clock, with the zone's abbreviation", () => {
    const text = formatSiteTime("2026-07-15T13:05:00Z", "America/Toronto", "en-CA");
    expect(text).toContain("09:05");
    expect(text).toContain("EDT");
    expect(text).toContain("2026");
  });

  it("reads the time as French writes it", () => {
    expect(formatSiteTime("2026-07-15T13:05:00Z", "America/Toronto", "fr-CA")).toBe(
      "15 juill. 2026, 09 h 05 HAE",
    );
  });

  it("uses the offset the instant carries, not the browser's zone", () => {
    const text = formatSiteTime("2026-01-15T09:05:00+01:00", "Europe/Paris", "en-GB");
    expect(text).toContain("09:05");
  });
});
