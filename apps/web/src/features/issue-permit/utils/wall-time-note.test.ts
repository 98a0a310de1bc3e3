import { describe, expect, it } from "vitest";
import { describeWallTime, isRepeatedWallTime } from "./wall-time-note.ts";

describe("describeWallTime", () => {
  it("warns that a time skipped by the spring jump does not exist, and what it becomes", () => {
    const note = describeWallTime("2026-03-08T02:30", "America/Toronto");
    expect(note).toContain("02:30 does not exist");
    expect(note).toContain("03:30");
  });

  it("warns that a time repeated by the autumn change happens twice", () => {
    expect(describeWallTime("2026-11-01T01:30", "America/Toronto")).toContain("happens twice");
  });

  it("knows half-hour daylight-saving shifts", () => {
    expect(describeWallTime("2026-04-05T01:45", "Australia/Lord_Howe")).toContain("happens twice");
  });

  it("says nothing about an ordinary time", () => {
    expect(describeWallTime("2026-03-08T01:30", "America/Toronto")).toBeUndefined();
    expect(describeWallTime("2026-03-08T02:30", "UTC")).toBeUndefined();
  });

  it("says nothing about an incomplete input", () => {
    expect(describeWallTime("", "America/Toronto")).toBeUndefined();
  });
});

describe("isRepeatedWallTime", () => {
  it("is false outside the repeated hour", () => {
    expect(isRepeatedWallTime("2026-11-01T02:30", "America/Toronto")).toBe(false);
    expect(isRepeatedWallTime("2026-11-01T00:30", "America/Toronto")).toBe(false);
  });
});
