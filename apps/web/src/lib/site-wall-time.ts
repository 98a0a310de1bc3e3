import { toOffsetInstant, wallTimeToDate } from "@permit-desk/schema";

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `YYYY-MM-DDTHH:mm`, as a `datetime-local` input holds it, naming a day of the calendar and a
 * time of a 24-hour clock: 2026-02-30 is no day, and would otherwise be read as March 2.
 */
export function isWallTime(text: string): boolean {
  const match = WALL_TIME.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/**
 * The instant, with its offset, that a wall-clock time in the site's zone stands for.
 * Anything else (an empty or half-typed input) is passed through for the schema to reject.
 */
export function siteWallTimeToInstant(wallTime: string, siteTimeZone: string): string {
  if (!isWallTime(wallTime)) return wallTime;
  return toOffsetInstant(wallTimeToDate(wallTime, siteTimeZone), siteTimeZone);
}
