import { isCalendarDay, toOffsetInstant, wallTimeToDate } from "@permit-desk/schema";

// A time of a 24-hour clock; the day is checked against the calendar.
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/**
 * `YYYY-MM-DDTHH:mm`, as a `datetime-local` input holds it, naming a day of the calendar and a
 * time of a 24-hour clock: 2026-02-30 is no day, and would otherwise be read as March 2.
 */
export function isWallTime(text: string): boolean {
  const match = WALL_TIME.exec(text);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The instant, with its offset, that a wall-clock time in the site's zone stands for.
 * Anything else (an empty or half-typed input) is passed through for the schema to reject.
 */
export function siteWallTimeToInstant(wallTime: string, siteTimeZone: string): string {
  if (!isWallTime(wallTime)) return wallTime;
  return toOffsetInstant(wallTimeToDate(wallTime, siteTimeZone), siteTimeZone);
}
