import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration.ts";

describe("formatDuration", () => {
  it("shows short waits in milliseconds", () => {
    expect(formatDuration(850, "en-CA")).toBe("850 ms");
  });

  it("shows long waits in seconds", () => {
    expect(formatDuration(2013, "en-CA")).toBe("2.01 s");
    expect(formatDuration(12000, "en-CA")).toBe("12 s");
  });

  it("writes the decimal comma in French", () => {
    expect(formatDuration(2013, "fr-CA")).toBe("2,01 s");
  });
});
