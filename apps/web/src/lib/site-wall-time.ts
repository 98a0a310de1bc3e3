import { toOffsetInstant, wallTimeToDate } from "@permit-desk/schema";

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** `YYYY-MM-DDTHH:mm`, as a `datetime-local` input holds it. */
export function isWallTime(text: string): boolean {
  return WALL_TIME.test(text);
}

/**
 * The instant, with its offset, that a wall-clock time in the site's zone stands for.
 * Anything else (an empty or half-typed input) is passed through for the schema to reject.
 */
export function siteWallTimeToInstant(wallTime: string, siteTimeZone: string): string {
  if (!isWallTime(wallTime)) return wallTime;
  return toOffsetInstant(wallTimeToDate(wallTime, siteTimeZone), siteTimeZone);
}
