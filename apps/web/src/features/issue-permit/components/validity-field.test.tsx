import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import { describeWallTime, isRepeatedWallTime } from "./validity-field.tsx";

const t = issuePermitMessages.in("en-CA");

describe("describeWallTime", () => {
  it("warns that a time skipped by the spring jump does not exist, and what it becomes", () => {
    const note = describeWallTime("2026-03-08T02:30", "America/Toronto", t);
    expect(note).toContain("02:30 does not exist");
    expect(note).toContain("03:30");
  });

  it("warns that a time repeated by the autumn change happens twice", () => {
    expect(describeWallTime("2026-11-01T01:30", "America/Toronto", t)).toContain("happens twice");
  });

  it("knows half-hour daylight-saving shifts", () => {
    expect(describeWallTime("2026-04-05T01:45", "Australia/Lord_Howe", t)).toContain(
      "happens twice",
    );
  });

  it("says nothing about an ordinary time", () => {
    expect(describeWallTime("2026-03-08T01:30", "America/Toronto", t)).toBeUndefined();
    expect(describeWallTime("2026-03-08T02:30", "UTC", t)).toBeUndefined();
  });

  it("says nothing about an incomplete input", () => {
    expect(describeWallTime("", "America/Toronto", t)).toBeUndefined();
  });
});

describe("isRepeatedWallTime", () => {
  it("is false outside the repeated hour", () => {
    expect(isRepeatedWallTime("2026-11-01T02:30", "America/Toronto")).toBe(false);
    expect(isRepeatedWallTime("2026-11-01T00:30", "America/Toronto")).toBe(false);
  });
});
