import { describe, expect, it } from "vitest";
import { siteWallTimeToInstant } from "./site-wall-time.ts";

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
});
