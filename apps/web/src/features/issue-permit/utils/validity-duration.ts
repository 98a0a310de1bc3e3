import { wallTimeToDate } from "@permit-desk/schema";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import type { IssuePermitT } from "../messages.ts";

const MINUTE_MS = 60_000;
const UNITS = [
  { key: "elapsedDays", minutes: 24 * 60 },
  { key: "elapsedHours", minutes: 60 },
  { key: "elapsedMinutes", minutes: 1 },
] as const;

/**
 * The time that really elapses between two wall-clock times in the site's zone, in
 * milliseconds: across a daylight-saving change it differs from what the clock readings say.
 */
export function elapsedBetween(
  from: string,
  until: string,
  siteTimeZone: string,
): number | undefined {
  if (!isWallTime(from) || !isWallTime(until)) return undefined;
  return (
    wallTimeToDate(until, siteTimeZone).getTime() - wallTimeToDate(from, siteTimeZone).getTime()
  );
}

export function inWords(elapsedMs: number, t: IssuePermitT): string {
  let minutesLeft = Math.round(elapsedMs / MINUTE_MS);
  const parts: string[] = [];
  for (const unit of UNITS) {
    const count = Math.floor(minutesLeft / unit.minutes);
    minutesLeft -= count * unit.minutes;
    if (count > 0) parts.push(t(unit.key, { count }));
  }
  return parts.join(" ");
}

/**
 * How long a permit lasts, in words: "2 hours", "1 hour 30 minutes", "3 days". Nothing for
 * times that are incomplete or out of order, whose fields say what is wrong.
 */
export function describeValidityDuration(
  from: string,
  until: string,
  siteTimeZone: string,
  t: IssuePermitT,
): string | undefined {
  const elapsed = elapsedBetween(from, until, siteTimeZone);
  if (elapsed === undefined || elapsed < MINUTE_MS) return undefined;
  return inWords(elapsed, t);
}
