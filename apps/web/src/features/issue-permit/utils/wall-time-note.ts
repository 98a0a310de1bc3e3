import { isSkippedWallTime, toWallTime, wallTimeToDate } from "@permit-desk/schema";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import type { IssuePermitT } from "../messages.ts";
import { clockTime } from "./end-in-words.ts";

/** Daylight-saving shifts in use today are half an hour or an hour. */
const SHIFTS_MS = [30 * 60 * 1000, 60 * 60 * 1000];

/** True when the wall-clock time happens twice in the zone (clocks set back). */
export function isRepeatedWallTime(wallTime: string, timeZone: string): boolean {
  const first = wallTimeToDate(wallTime, timeZone).getTime();
  return SHIFTS_MS.some(
    (shift) => toWallTime(new Date(first + shift), timeZone) === wallTime.slice(0, 16),
  );
}

/** A warning when a daylight-saving change makes the chosen time mean something unexpected. */
export function describeWallTime(
  wallTime: string,
  timeZone: string,
  t: IssuePermitT,
  locale: Locale = "en-CA",
): string | undefined {
  if (!isWallTime(wallTime)) return undefined;
  const time = clockTime(wallTime, locale);
  if (isSkippedWallTime(wallTime, timeZone)) {
    const actual = clockTime(toWallTime(wallTimeToDate(wallTime, timeZone), timeZone), locale);
    return t("skippedTime", { time, zone: timeZone, actual });
  }
  if (isRepeatedWallTime(wallTime, timeZone)) {
    return t("repeatedTime", { time, zone: timeZone });
  }
  return undefined;
}
