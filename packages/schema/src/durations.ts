import * as z from "zod/mini";
import { toWallTime, wallTimeToDate } from "./time.ts";

const HOUR_MS = 3_600_000;
/** OPSCOM limits temporary permits to 30 days unless the lot allows longer. */
export const MAX_DURATION_DAYS = 30;
export const MAX_DURATION_HOURS = MAX_DURATION_DAYS * 24;
/** The end of day is the last minute of the site's calendar day, as staff would write it. */
export const END_OF_DAY_TIME = "23:59";

const clockTimeSchema = z
  .string({ error: "clock_time_format" })
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "clock_time_format"));

/**
 * How long a permit lasts from its start:
 * - `hours`: elapsed hours, so 2 h across a daylight-saving change is still 2 h;
 * - `endOfDay`: until 23:59 on the start's calendar day, site time;
 * - `nextDayAt`: until a clock time the next day, site time ("until 11:00 the next day"): a start
 *   after midnight at least `SAME_DAY_MIN_HOURS` before that time ends at it the same day (see
 *   `nextDayAtEnd`);
 * - `days`: the same clock time a number of calendar days later, site time.
 */
export const validityDurationSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("hours"),
    hours: z
      .number()
      .check(
        z.int("duration_hours_not_whole"),
        z.minimum(1, "duration_hours_too_short"),
        z.maximum(MAX_DURATION_HOURS, "duration_hours_too_long"),
      ),
  }),
  z.object({ kind: z.literal("endOfDay") }),
  z.object({ kind: z.literal("nextDayAt"), time: clockTimeSchema }),
  z.object({
    kind: z.literal("days"),
    days: z
      .number()
      .check(
        z.int("duration_days_not_whole"),
        z.minimum(1, "duration_days_too_short"),
        z.maximum(MAX_DURATION_DAYS, "duration_days_too_long"),
      ),
  }),
]);
export type ValidityDuration = z.infer<typeof validityDurationSchema>;

/**
 * How far ahead, by the site's clock, a `nextDayAt` time must be on the start's own day for the
 * permit to end then: a guest arriving at 02:14 under "until 11:00 the next day" stays until the
 * coming 11:00 (8 h 46 min), not the one after (32 h 46 min); one arriving at 06:00 is there for
 * the coming night and stays until 11:00 tomorrow. Six hours is a short night's stay.
 */
export const SAME_DAY_MIN_HOURS = 6;

/** The presets the form offers beside a custom range, in the order it shows them. */
export const DURATION_PRESETS = [
  { kind: "hours", hours: 1 },
  { kind: "hours", hours: 2 },
  { kind: "hours", hours: 4 },
  { kind: "endOfDay" },
  { kind: "hours", hours: 24 },
] as const satisfies readonly ValidityDuration[];

/** A stable name for a duration, for keys, radio values and comparisons: "hours:2", "nextDayAt:09:00". */
export function durationId(duration: ValidityDuration): string {
  switch (duration.kind) {
    case "hours":
      return `hours:${duration.hours}`;
    case "days":
      return `days:${duration.days}`;
    case "nextDayAt":
      return `nextDayAt:${duration.time}`;
    case "endOfDay":
      return "endOfDay";
  }
}

/** The calendar day `days` after a `YYYY-MM-DD` date. */
export function addCalendarDays(date: string, days: number): string {
  const noon = new Date(`${date}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + days);
  return noon.toISOString().slice(0, 10);
}

/**
 * When a permit starting at `start` ends, for a duration, with calendar rules read in the site's
 * zone. A clock time the spring-forward jump skips resolves after the jump (02:30 → 03:30).
 * The result may be at or before the start (end of day, started at 23:59): the draft's own
 * check then says the permit must end after it starts.
 */
export function endOfDuration(start: Date, duration: ValidityDuration, siteTimeZone: string): Date {
  if (duration.kind === "hours") return new Date(start.getTime() + duration.hours * HOUR_MS);
  const startWall = toWallTime(start, siteTimeZone);
  const day = startWall.slice(0, 10);
  switch (duration.kind) {
    case "endOfDay":
      return wallTimeToDate(`${day}T${END_OF_DAY_TIME}`, siteTimeZone);
    case "nextDayAt":
      return wallTimeToDate(nextDayAtEnd(startWall, duration.time), siteTimeZone);
    case "days":
      return wallTimeToDate(
        `${addCalendarDays(day, duration.days)}${startWall.slice(10)}`,
        siteTimeZone,
      );
  }
}

/**
 * The wall-clock end of "until `time` the next day" from a wall-clock start: `time` on the start's
 * own day when that is at least `SAME_DAY_MIN_HOURS` ahead by the clock (a start after midnight
 * belongs to the night before), else `time` the day after. Measured on the clock, not in elapsed
 * time, so a daylight-saving change never moves the end by a day.
 */
export function nextDayAtEnd(startWall: string, time: string): string {
  const day = startWall.slice(0, 10);
  const sameDay = `${day}T${time}`;
  const clockAhead = Date.parse(`${sameDay}Z`) - Date.parse(`${startWall.slice(0, 16)}Z`);
  return clockAhead >= SAME_DAY_MIN_HOURS * HOUR_MS
    ? sameDay
    : `${addCalendarDays(day, 1)}T${time}`;
}

/** The duration a `durationId` names; nothing for any other text. */
export function durationOfId(id: string): ValidityDuration | undefined {
  const [kind, ...rest] = id.split(":");
  const value = rest.join(":");
  const candidate =
    kind === "hours" || kind === "days"
      ? { kind, [kind]: Number(value) }
      : kind === "nextDayAt"
        ? { kind, time: value }
        : { kind };
  const parsed = validityDurationSchema.safeParse(candidate);
  return parsed.success && durationId(parsed.data) === id ? parsed.data : undefined;
}
