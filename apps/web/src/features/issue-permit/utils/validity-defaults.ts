import { toWallTime } from "@permit-desk/schema";

export const DEFAULT_PERMIT_DURATION_MS = 2 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * From now (to the minute, as the input shows it) until two hours of elapsed time later,
 * as wall-clock times in the site's zone: across a daylight-saving change the clock
 * reading moves by one or three hours, the permit still lasts two.
 */
export function defaultValidity(now: Date, siteTimeZone: string) {
  const start = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  return {
    validFrom: toWallTime(new Date(start), siteTimeZone),
    validUntil: toWallTime(new Date(start + DEFAULT_PERMIT_DURATION_MS), siteTimeZone),
  };
}
