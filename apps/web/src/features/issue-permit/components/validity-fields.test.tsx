import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import {
  describeValidityDuration,
  describeWallTime,
  isRepeatedWallTime,
} from "./validity-fields.tsx";

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

const TORONTO = "America/Toronto";

describe("describeValidityDuration", () => {
  it("says hours, minutes and days in words", () => {
    expect(describeValidityDuration("2026-07-15T09:00", "2026-07-15T11:00", TORONTO, t)).toBe(
      "2 hours",
    );
    expect(describeValidityDuration("2026-07-15T09:00", "2026-07-15T10:30", TORONTO, t)).toBe(
      "1 hour 30 minutes",
    );
    expect(describeValidityDuration("2026-07-15T09:00", "2026-07-18T09:00", TORONTO, t)).toBe(
      "3 days",
    );
    expect(describeValidityDuration("2026-07-15T09:00", "2026-07-16T10:01", TORONTO, t)).toBe(
      "1 day 1 hour 1 minute",
    );
  });

  it("counts the time that really elapses across the spring daylight-saving jump", () => {
    expect(describeValidityDuration("2026-03-08T01:30", "2026-03-08T04:30", TORONTO, t)).toBe(
      "2 hours",
    );
  });

  it("counts the repeated hour of the autumn change", () => {
    expect(describeValidityDuration("2026-11-01T00:30", "2026-11-01T02:30", TORONTO, t)).toBe(
      "3 hours",
    );
  });

  it("says nothing for times out of order or incomplete", () => {
    expect(
      describeValidityDuration("2026-07-15T11:00", "2026-07-15T09:00", TORONTO, t),
    ).toBeUndefined();
    expect(
      describeValidityDuration("2026-07-15T09:00", "2026-07-15T09:00", TORONTO, t),
    ).toBeUndefined();
    expect(describeValidityDuration("", "2026-07-15T09:00", TORONTO, t)).toBeUndefined();
  });
});
