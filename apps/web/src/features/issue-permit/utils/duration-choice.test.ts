import { describe, expect, it } from "vitest";
import { offeredDurations, validUntilAfterStartMoved, validUntilFor } from "./duration-choice.ts";

const TORONTO = "America/Toronto";

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

describe("validUntilAfterStartMoved", () => {
  it("moves the end by the duration chosen, and a custom end not at all", () => {
    expect(
      validUntilAfterStartMoved({ from: "2026-07-02T09:00", choice: "hours:4" }, TORONTO),
    ).toBe("2026-07-02T13:00");
    expect(
      validUntilAfterStartMoved({ from: "2026-07-02T09:00", choice: "custom" }, TORONTO),
    ).toBeUndefined();
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
