import {
  DURATION_PRESETS,
  endOfDuration,
  toWallTime,
  type ValidityDuration,
} from "@permit-desk/schema";

/** The form's duration until the clerk or a template picks another: two hours. */
export const DEFAULT_DURATION: ValidityDuration = DURATION_PRESETS[1];
const MINUTE_MS = 60 * 1000;

/**
 * From now (to the minute, as the input shows it) for a duration, as wall-clock times in the
 * site's zone: across a daylight-saving change the clock reading of a two-hour permit moves by
 * one or three hours, the permit still lasts two.
 */
export function defaultValidity(
  now: Date,
  siteTimeZone: string,
  duration: ValidityDuration = DEFAULT_DURATION,
) {
  const start = new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS);
  return {
    validFrom: toWallTime(start, siteTimeZone),
    validUntil: toWallTime(endOfDuration(start, duration, siteTimeZone), siteTimeZone),
  };
}
