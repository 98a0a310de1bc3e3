import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  fromWireTime,
  instantSchema,
  isSkippedWallTime,
  isValidTimeZone,
  toOffsetInstant,
  toWallTime,
  toWireTime,
  wallTimeToDate,
} from "./time.ts";

const TORONTO = "America/Toronto";
const HOUR_MS = 3_600_000;

const utc = (iso: string) => new Date(iso).toISOString();
const isoOf = (date: Date) => date.toISOString();

describe("instantSchema", () => {
  it.each([
    "2026-03-08T01:30:00-05:00",
    "2026-03-08T06:30:00Z",
    "2026-03-08T06:30:00.123Z",
    "2026-03-08T12:00:00+05:30",
  ])("accepts %j, an instant with an explicit offset", (instant) => {
    expect(instantSchema.safeParse(instant).success).toBe(true);
  });

  it.each([
    ["2026-03-08T01:30:00", "no offset: a wall time, not an instant"],
    ["2026-03-08T01:30", "a datetime-local value"],
    ["2026-03-08T01:30-05:00", "no seconds"],
    ["2026-03-08T01:30:00+0500", "an offset without its colon"],
    ["2026-02-30T10:00:00Z", "a day February does not have"],
    ["tomorrow at nine", "words"],
  ])("refuses %j (%s) asking for a date and time", (instant) => {
    const result = instantSchema.safeParse(instant);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["date_time_required"]);
  });
});

describe("isValidTimeZone", () => {
  it("knows IANA zones and UTC", () => {
    expect(isValidTimeZone(TORONTO)).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });

  it("refuses a zone that does not exist", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("Toronto")).toBe(false);
  });
});

describe("toWireTime", () => {
  it("writes an instant's UTC reading, with no offset, in the utc basis", () => {
    expect(toWireTime("2018-07-02T09:00:00-04:00", "utc", TORONTO)).toBe("2018-07-02T13:00:00");
  });

  it("writes an instant's wall-clock reading at the site in the local basis", () => {
    expect(toWireTime("2018-07-02T13:00:00Z", "local", TORONTO)).toBe("2018-07-02T09:00:00");
  });

  it("drops the fraction of a second rather than rounding into the next second", () => {
    expect(toWireTime("2026-01-15T12:00:00.999Z", "utc", TORONTO)).toBe("2026-01-15T12:00:00");
  });

  it("accepts a Date as well as a string", () => {
    expect(toWireTime(new Date("2026-01-15T12:00:00Z"), "local", TORONTO)).toBe(
      "2026-01-15T07:00:00",
    );
  });
});

describe("fromWireTime", () => {
  it("reads a wire time as UTC in the utc basis", () => {
    expect(isoOf(fromWireTime("2018-07-02T13:00:00", "utc", TORONTO))).toBe(
      utc("2018-07-02T13:00:00Z"),
    );
  });

  it("reads a wire time as the site's wall clock in the local basis", () => {
    expect(isoOf(fromWireTime("2018-07-02T09:00:00", "local", TORONTO))).toBe(
      utc("2018-07-02T13:00:00Z"),
    );
  });
});

describe("a two-hour permit on a night the clocks change in Toronto", () => {
  const elapsedOnTheWire = (start: string, end: string, basis: "utc" | "local") =>
    fromWireTime(end, basis, TORONTO).getTime() - fromWireTime(start, basis, TORONTO).getTime();

  describe("spring forward, 2026-03-08, starting at 01:30", () => {
    const start = wallTimeToDate("2026-03-08T01:30", TORONTO);
    const end = new Date(start.getTime() + 2 * HOUR_MS);

    it("starts at 06:30 UTC, since 01:30 is still standard time", () => {
      expect(isoOf(start)).toBe(utc("2026-03-08T06:30:00Z"));
    });

    it("runs from 06:30 to 08:30 in the utc basis, two real hours", () => {
      const wire = [toWireTime(start, "utc", TORONTO), toWireTime(end, "utc", TORONTO)] as const;
      expect(wire).toEqual(["2026-03-08T06:30:00", "2026-03-08T08:30:00"]);
      expect(elapsedOnTheWire(...wire, "utc")).toBe(2 * HOUR_MS);
    });

    it("runs from 01:30 to 04:30 wall time in the local basis, which is two real hours", () => {
      const wire = [
        toWireTime(start, "local", TORONTO),
        toWireTime(end, "local", TORONTO),
      ] as const;
      expect(wire).toEqual(["2026-03-08T01:30:00", "2026-03-08T04:30:00"]);
      expect(elapsedOnTheWire(...wire, "local")).toBe(2 * HOUR_MS);
    });
  });

  describe("fall back, 2026-11-01, starting at 01:30 daylight time", () => {
    const start = new Date("2026-11-01T01:30:00-04:00");
    const end = new Date(start.getTime() + 2 * HOUR_MS);

    it("runs from 05:30 to 07:30 in the utc basis, two real hours", () => {
      const wire = [toWireTime(start, "utc", TORONTO), toWireTime(end, "utc", TORONTO)] as const;
      expect(wire).toEqual(["2026-11-01T05:30:00", "2026-11-01T07:30:00"]);
      expect(elapsedOnTheWire(...wire, "utc")).toBe(2 * HOUR_MS);
    });

    it("runs from 01:30 to 02:30 wall time in the local basis, which is two real hours", () => {
      const wire = [
        toWireTime(start, "local", TORONTO),
        toWireTime(end, "local", TORONTO),
      ] as const;
      expect(wire).toEqual(["2026-11-01T01:30:00", "2026-11-01T02:30:00"]);
      expect(elapsedOnTheWire(...wire, "local")).toBe(2 * HOUR_MS);
    });
  });
});

describe("wallTimeToDate", () => {
  it("reads an ordinary wall time in the zone's offset of the day", () => {
    expect(isoOf(wallTimeToDate("2026-07-02T09:00", TORONTO))).toBe(utc("2026-07-02T13:00:00Z"));
    expect(isoOf(wallTimeToDate("2026-01-15T09:00", TORONTO))).toBe(utc("2026-01-15T14:00:00Z"));
  });

  it("reads seconds when they are given", () => {
    expect(isoOf(wallTimeToDate("2026-07-02T09:00:30", TORONTO))).toBe(utc("2026-07-02T13:00:30Z"));
  });

  it("reads the last minute before a spring-forward gap and the first after it", () => {
    expect(isoOf(wallTimeToDate("2026-03-08T01:59", TORONTO))).toBe(utc("2026-03-08T06:59:00Z"));
    expect(isoOf(wallTimeToDate("2026-03-08T03:00", TORONTO))).toBe(utc("2026-03-08T07:00:00Z"));
  });

  it("moves a time skipped by spring forward by the length of the jump (02:30 is 03:30)", () => {
    expect(isoOf(wallTimeToDate("2026-03-08T02:00", TORONTO))).toBe(utc("2026-03-08T07:00:00Z"));
    expect(isoOf(wallTimeToDate("2026-03-08T02:30", TORONTO))).toBe(utc("2026-03-08T07:30:00Z"));
    expect(toWallTime(wallTimeToDate("2026-03-08T02:30", TORONTO), TORONTO)).toBe(
      "2026-03-08T03:30",
    );
  });

  it("reads a time repeated by fall back as its first occurrence, still in daylight time", () => {
    expect(isoOf(wallTimeToDate("2026-11-01T01:00", TORONTO))).toBe(utc("2026-11-01T05:00:00Z"));
    expect(isoOf(wallTimeToDate("2026-11-01T01:30", TORONTO))).toBe(utc("2026-11-01T05:30:00Z"));
    expect(isoOf(wallTimeToDate("2026-11-01T01:59", TORONTO))).toBe(utc("2026-11-01T05:59:00Z"));
  });

  it("reads the hour after a fall-back fold in standard time", () => {
    expect(isoOf(wallTimeToDate("2026-11-01T02:00", TORONTO))).toBe(utc("2026-11-01T07:00:00Z"));
  });

  it.each([
    ["Europe/London", "2026-10-25T01:30", "2026-10-25T00:30:00Z"],
    ["Australia/Sydney", "2026-04-05T02:30", "2026-04-04T15:30:00Z"],
    ["Australia/Lord_Howe", "2026-04-05T01:45", "2026-04-04T14:45:00Z"],
  ])("reads the repeated %s time %s as its first occurrence", (zone, wallTime, instant) => {
    expect(isoOf(wallTimeToDate(wallTime, zone))).toBe(utc(instant));
  });

  it.each([
    ["Europe/London", "2026-03-29T01:30", "2026-03-29T02:30"],
    ["Australia/Sydney", "2026-10-04T02:30", "2026-10-04T03:30"],
    ["Australia/Lord_Howe", "2026-10-04T02:15", "2026-10-04T02:45"],
  ])("moves the skipped %s time %s past the jump, to %s", (zone, wallTime, after) => {
    expect(toWallTime(wallTimeToDate(wallTime, zone), zone)).toBe(after);
  });

  it("gives back every wall time of the spring-forward day that exists, minute by minute", () => {
    const day = Date.UTC(2026, 2, 8);
    const mismatches: string[] = [];
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const wallTime = new Date(day + minute * 60_000).toISOString().slice(0, 16);
      const skipped = wallTime >= "2026-03-08T02:00" && wallTime < "2026-03-08T03:00";
      const back = toWallTime(wallTimeToDate(wallTime, TORONTO), TORONTO);
      if (!skipped && back !== wallTime) mismatches.push(`${wallTime} -> ${back}`);
    }
    expect(mismatches).toEqual([]);
  });

  it.each(["2026-03-08 01:30", "2026-03-08T1:30", "2026-03-08", "", "2026-03-08T01:30:00Z"])(
    "refuses %j, which is not a wall-clock time",
    (text) => {
      expect(() => wallTimeToDate(text, TORONTO)).toThrow(RangeError);
    },
  );

  describe.each([
    ["America/Los_Angeles", 480],
    ["Asia/Tokyo", -540],
    ["Australia/Sydney", -660],
  ])("on a machine whose own time zone is %s", (machineZone, januaryOffset) => {
    beforeEach(() => {
      vi.stubEnv("TZ", machineZone);
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it("still reads repeated and skipped times the same way", () => {
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(januaryOffset);
      expect(isoOf(wallTimeToDate("2026-11-01T01:30", TORONTO))).toBe(utc("2026-11-01T05:30:00Z"));
      expect(isoOf(wallTimeToDate("2026-10-25T01:30", "Europe/London"))).toBe(
        utc("2026-10-25T00:30:00Z"),
      );
      expect(isoOf(wallTimeToDate("2026-03-08T02:30", TORONTO))).toBe(utc("2026-03-08T07:30:00Z"));
    });
  });
});

describe("toWallTime", () => {
  it("shows an instant as the site's wall clock, to the minute, as a datetime-local input wants", () => {
    expect(toWallTime("2026-07-02T13:00:59Z", TORONTO)).toBe("2026-07-02T09:00");
  });

  it("shows both occurrences of a repeated hour with the same wall time", () => {
    expect(toWallTime("2026-11-01T05:30:00Z", TORONTO)).toBe("2026-11-01T01:30");
    expect(toWallTime("2026-11-01T06:30:00Z", TORONTO)).toBe("2026-11-01T01:30");
  });

  it("jumps from 01:59 to 03:00 across spring forward", () => {
    expect(toWallTime("2026-03-08T06:59:00Z", TORONTO)).toBe("2026-03-08T01:59");
    expect(toWallTime("2026-03-08T07:00:00Z", TORONTO)).toBe("2026-03-08T03:00");
  });
});

describe("isSkippedWallTime", () => {
  it.each(["2026-03-08T02:00", "2026-03-08T02:30", "2026-03-08T02:59", "2026-03-08T02:30:00"])(
    "knows %s never happens in Toronto",
    (wallTime) => {
      expect(isSkippedWallTime(wallTime, TORONTO)).toBe(true);
    },
  );

  it.each([
    "2026-03-08T01:59",
    "2026-03-08T03:00",
    "2026-11-01T01:30",
    "2026-11-01T02:30",
    "2026-07-02T02:30",
  ])("knows %s happens in Toronto", (wallTime) => {
    expect(isSkippedWallTime(wallTime, TORONTO)).toBe(false);
  });

  it("knows the gap of another zone, on another date", () => {
    expect(isSkippedWallTime("2026-03-29T01:30", "Europe/London")).toBe(true);
    expect(isSkippedWallTime("2026-03-08T02:30", "Europe/London")).toBe(false);
  });
});

describe("toOffsetInstant", () => {
  it.each([
    ["2026-03-08T06:30:00Z", TORONTO, "2026-03-08T01:30:00-05:00"],
    ["2026-03-08T07:30:00Z", TORONTO, "2026-03-08T03:30:00-04:00"],
    ["2026-11-01T05:30:00Z", TORONTO, "2026-11-01T01:30:00-04:00"],
    ["2026-11-01T06:30:00Z", TORONTO, "2026-11-01T01:30:00-05:00"],
    ["2026-03-08T06:30:00Z", "Asia/Kolkata", "2026-03-08T12:00:00+05:30"],
    ["2026-03-08T06:30:00-05:00", "UTC", "2026-03-08T11:30:00Z"],
  ])("writes %s in %s as %s", (instant, zone, expected) => {
    expect(toOffsetInstant(instant, zone)).toBe(expected);
  });

  it("writes an instant the draft accepts and that stands for the same moment", () => {
    const written = toOffsetInstant("2026-11-01T06:30:00Z", TORONTO);
    expect(instantSchema.safeParse(written).success).toBe(true);
    expect(Date.parse(written)).toBe(Date.parse("2026-11-01T06:30:00Z"));
  });
});
