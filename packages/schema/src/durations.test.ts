import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  DURATION_PRESETS,
  durationId,
  durationOfId,
  endOfDuration,
  type ValidityDuration,
  validityDurationSchema,
} from "./durations.ts";
import { toWireTime } from "./time.ts";

const TORONTO = "America/Toronto";

/** Start and end of a permit on the wire, in both bases, for a duration from `start`. */
function wire(startIso: string, duration: ValidityDuration) {
  const start = new Date(startIso);
  const end = endOfDuration(start, duration, TORONTO);
  const both = (basis: "utc" | "local") =>
    `${toWireTime(start, basis, TORONTO)}→${toWireTime(end, basis, TORONTO)}`;
  return {
    utc: both("utc"),
    local: both("local"),
    elapsedHours: (end.getTime() - start.getTime()) / 3_600_000,
  };
}

describe("every preset across the spring-forward jump (Toronto, 8 March 2026, 02:00 → 03:00)", () => {
  // 01:30 EST, half an hour before the clocks jump.
  const start = "2026-03-08T01:30:00-05:00";
  it.each([
    [
      { kind: "hours", hours: 1 },
      "2026-03-08T06:30:00→2026-03-08T07:30:00",
      "2026-03-08T01:30:00→2026-03-08T03:30:00",
      1,
    ],
    [
      { kind: "hours", hours: 2 },
      "2026-03-08T06:30:00→2026-03-08T08:30:00",
      "2026-03-08T01:30:00→2026-03-08T04:30:00",
      2,
    ],
    [
      { kind: "hours", hours: 4 },
      "2026-03-08T06:30:00→2026-03-08T10:30:00",
      "2026-03-08T01:30:00→2026-03-08T06:30:00",
      4,
    ],
    [
      { kind: "endOfDay" },
      "2026-03-08T06:30:00→2026-03-09T03:59:00",
      "2026-03-08T01:30:00→2026-03-08T23:59:00",
      21.483333333333334,
    ],
    [
      { kind: "hours", hours: 24 },
      "2026-03-08T06:30:00→2026-03-09T06:30:00",
      "2026-03-08T01:30:00→2026-03-09T02:30:00",
      24,
    ],
  ] as const)("%o ends at the right wire times", (duration, utc, local, elapsedHours) => {
    expect(wire(start, duration)).toEqual({ utc, local, elapsedHours });
  });
});

describe("every preset across the fall-back repeat (Toronto, 1 November 2026, 02:00 → 01:00)", () => {
  // 00:30 EDT, an hour and a half before the clocks go back.
  const start = "2026-11-01T00:30:00-04:00";
  it.each([
    [
      { kind: "hours", hours: 1 },
      "2026-11-01T04:30:00→2026-11-01T05:30:00",
      "2026-11-01T00:30:00→2026-11-01T01:30:00",
      1,
    ],
    [
      { kind: "hours", hours: 2 },
      "2026-11-01T04:30:00→2026-11-01T06:30:00",
      "2026-11-01T00:30:00→2026-11-01T01:30:00",
      2,
    ],
    [
      { kind: "hours", hours: 4 },
      "2026-11-01T04:30:00→2026-11-01T08:30:00",
      "2026-11-01T00:30:00→2026-11-01T03:30:00",
      4,
    ],
    [
      { kind: "endOfDay" },
      "2026-11-01T04:30:00→2026-11-02T04:59:00",
      "2026-11-01T00:30:00→2026-11-01T23:59:00",
      24.483333333333334,
    ],
    [
      { kind: "hours", hours: 24 },
      "2026-11-01T04:30:00→2026-11-02T04:30:00",
      "2026-11-01T00:30:00→2026-11-01T23:30:00",
      24,
    ],
  ] as const)("%o ends at the right wire times", (duration, utc, local, elapsedHours) => {
    expect(wire(start, duration)).toEqual({ utc, local, elapsedHours });
  });
});

describe("until a time the next day, started after midnight (decision 028)", () => {
  const until11 = { kind: "nextDayAt", time: "11:00" } as const;
  const ends = (startIso: string, duration: ValidityDuration = until11) => {
    const { local, elapsedHours } = wire(startIso, duration);
    return { until: local.split("→")[1], elapsedHours };
  };

  it.each([
    [
      "the evening before midnight",
      "2026-06-09T23:50:00-04:00",
      "2026-06-10T11:00:00",
      11 + 10 / 60,
    ],
    ["just after midnight", "2026-06-10T00:10:00-04:00", "2026-06-10T11:00:00", 10 + 50 / 60],
    ["a guest arriving at 02:14", "2026-06-10T02:14:00-04:00", "2026-06-10T11:00:00", 8 + 46 / 60],
    ["six hours before, to the minute", "2026-06-10T05:00:00-04:00", "2026-06-10T11:00:00", 6],
    [
      "a minute later, for the coming night",
      "2026-06-10T05:01:00-04:00",
      "2026-06-11T11:00:00",
      29 + 59 / 60,
    ],
    ["the afternoon", "2026-06-10T15:00:00-04:00", "2026-06-11T11:00:00", 20],
  ])("%s ends at the coming 11:00 when it is six hours away or more", (_, start, until, hours) => {
    const { until: end, elapsedHours } = ends(start);
    expect(end).toBe(until);
    expect(elapsedHours).toBeCloseTo(hours, 6);
  });

  it("on the night the clocks jump forward, 01:30 lasts until 11:00 that morning", () => {
    expect(wire("2026-03-08T01:30:00-05:00", until11)).toEqual({
      utc: "2026-03-08T06:30:00→2026-03-08T15:00:00",
      local: "2026-03-08T01:30:00→2026-03-08T11:00:00",
      elapsedHours: 8.5,
    });
  });

  it("the six hours are read on the clock, so the jump never moves the end by a day", () => {
    // 01:30 EST to 08:00 EDT is 6 h 30 min on the clock and 5 h 30 min elapsed.
    expect(ends("2026-03-08T01:30:00-05:00", { kind: "nextDayAt", time: "08:00" })).toEqual({
      until: "2026-03-08T08:00:00",
      elapsedHours: 5.5,
    });
    // 01:30 EDT, before the clocks go back, to 07:00 EST: 5 h 30 min on the clock, 6 h 30 elapsed.
    expect(ends("2026-11-01T01:30:00-04:00", { kind: "nextDayAt", time: "07:00" })).toEqual({
      until: "2026-11-02T07:00:00",
      elapsedHours: 30.5,
    });
  });

  it("on the night the clocks go back, both 01:30s last until 11:00 that morning", () => {
    expect(wire("2026-11-01T01:30:00-04:00", until11)).toEqual({
      utc: "2026-11-01T05:30:00→2026-11-01T16:00:00",
      local: "2026-11-01T01:30:00→2026-11-01T11:00:00",
      elapsedHours: 10.5,
    });
    expect(ends("2026-11-01T01:30:00-05:00")).toEqual({
      until: "2026-11-01T11:00:00",
      elapsedHours: 9.5,
    });
  });

  it("after 05:00 on either change day, it lasts until 11:00 the day after", () => {
    expect(ends("2026-03-08T05:30:00-04:00")).toEqual({
      until: "2026-03-09T11:00:00",
      elapsedHours: 29.5,
    });
    expect(ends("2026-11-01T05:30:00-05:00")).toEqual({
      until: "2026-11-02T11:00:00",
      elapsedHours: 29.5,
    });
  });
});

describe("template durations across daylight-saving changes", () => {
  it("until 09:00 the next day lands on 09:00 site time after the jump", () => {
    expect(wire("2026-03-07T20:00:00-05:00", { kind: "nextDayAt", time: "09:00" })).toEqual({
      utc: "2026-03-08T01:00:00→2026-03-08T13:00:00",
      local: "2026-03-07T20:00:00→2026-03-08T09:00:00",
      elapsedHours: 12,
    });
  });

  it("a number of days keeps the clock time, so a day can last 23 or 25 hours", () => {
    expect(wire("2026-03-07T14:00:00-05:00", { kind: "days", days: 2 })).toMatchObject({
      local: "2026-03-07T14:00:00→2026-03-09T14:00:00",
      elapsedHours: 47,
    });
    expect(wire("2026-10-31T14:00:00-04:00", { kind: "days", days: 1 })).toMatchObject({
      local: "2026-10-31T14:00:00→2026-11-01T14:00:00",
      elapsedHours: 25,
    });
  });

  it("a clock time the jump skips resolves after the jump", () => {
    expect(wire("2026-03-07T02:30:00-05:00", { kind: "days", days: 1 }).local).toBe(
      "2026-03-07T02:30:00→2026-03-08T03:30:00",
    );
  });

  it("the end of day started in its last minute is not after the start", () => {
    const start = new Date("2026-06-01T23:59:00-04:00");
    expect(endOfDuration(start, { kind: "endOfDay" }, TORONTO).getTime()).toBe(start.getTime());
  });
});

describe("validityDurationSchema", () => {
  it("accepts every preset and the template kinds", () => {
    for (const preset of DURATION_PRESETS)
      expect(validityDurationSchema.parse(preset)).toEqual(preset);
    expect(validityDurationSchema.parse({ kind: "nextDayAt", time: "09:00" })).toBeTruthy();
    expect(validityDurationSchema.parse({ kind: "days", days: 30 })).toBeTruthy();
  });

  it.each([
    { kind: "hours", hours: 0 },
    { kind: "hours", hours: 1.5 },
    { kind: "hours", hours: 721 },
    { kind: "days", days: 31 },
    { kind: "nextDayAt", time: "9:00" },
    { kind: "nextDayAt", time: "24:00" },
    { kind: "weeks", weeks: 1 },
  ])("refuses %o", (duration) => {
    expect(validityDurationSchema.safeParse(duration).success).toBe(false);
  });

  it("names each duration distinctly", () => {
    const ids = DURATION_PRESETS.map(durationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(durationId({ kind: "nextDayAt", time: "09:00" })).toBe("nextDayAt:09:00");
  });

  it("reads each name back, and nothing else", () => {
    for (const duration of [...DURATION_PRESETS, { kind: "nextDayAt", time: "09:00" } as const]) {
      expect(durationOfId(durationId(duration))).toEqual(duration);
    }
    for (const text of ["", "custom", "hours:", "hours:1.5", "hours:01", "days:31", "weeks:1"]) {
      expect(durationOfId(text)).toBeUndefined();
    }
  });
});

describe("addCalendarDays", () => {
  it("moves to the next day across a month and a year", () => {
    expect(addCalendarDays("2026-07-15", 1)).toBe("2026-07-16");
    expect(addCalendarDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("refuses text that is not a day", () => {
    expect(() => addCalendarDays("soon", 1)).toThrow(RangeError);
  });
});
