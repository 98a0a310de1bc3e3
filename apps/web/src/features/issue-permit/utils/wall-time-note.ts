import { isSkippedWallTime, toWallTime, wallTimeToDate } from "@permit-desk/schema";
import { isWallTime } from "./site-wall-time.ts";

/** Daylight-saving shifts in use today are half an hour or an hour. */
const SHIFTS_MS = [30 * 60 * 1000, 60 * 60 * 1000];

function clockReading(wallTime: string): string {
  return wallTime.slice(11, 16);
}

/** True when the wall-clock time happens twice in the zone (clocks set back). */
export function isRepeatedWallTime(wallTime: string, timeZone: string): boolean {
  const first = wallTimeToDate(wallTime, timeZone).getTime();
  return SHIFTS_MS.some(
    (shift) => toWallTime(new Date(first + shift), timeZone) === wallTime.slice(0, 16),
  );
}

/** A warning when a daylight-saving change makes the chosen time mean something unexpected. */
export function describeWallTime(wallTime: string, timeZone: string): string | undefined {
  if (!isWallTime(wallTime)) return undefined;
  const time = clockReading(wallTime);
  if (isSkippedWallTime(wallTime, timeZone)) {
    const actual = clockReading(toWallTime(wallTimeToDate(wallTime, timeZone), timeZone));
    return `${time} does not exist that day in ${timeZone}: the clocks go forward. It will be read as ${actual}.`;
  }
  if (isRepeatedWallTime(wallTime, timeZone)) {
    return `${time} happens twice that day in ${timeZone}: the clocks go back. The first ${time} is used.`;
  }
  return undefined;
}
