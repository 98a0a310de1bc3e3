import {
  durationOfId,
  endOfDuration,
  toOffsetInstant,
  toWallTime,
  wallTimeToDate,
} from "@permit-desk/schema";
import { isWallTime, siteWallTimeToInstant } from "../../../lib/site-wall-time.ts";
import type { PermitFormValues } from "./permit-form-values.ts";

/**
 * The instants the form's validity stands for, with their offsets. A wall-clock time the autumn
 * change repeats is ambiguous in a `datetime-local` input; when Valid until comes from a duration
 * (a preset or a template's), the duration says which one is meant: two hours after 00:30 EDT is
 * the second 01:30, in EST.
 */
export function validityInstants(
  values: Pick<PermitFormValues, "validFrom" | "validUntil" | "duration">,
  siteTimeZone: string,
): { validFrom: string; validUntil: string } {
  const validFrom = siteWallTimeToInstant(values.validFrom, siteTimeZone);
  const fallback = {
    validFrom,
    validUntil: siteWallTimeToInstant(values.validUntil, siteTimeZone),
  };
  const duration = durationOfId(values.duration);
  if (duration === undefined || !isWallTime(values.validFrom)) return fallback;
  const end = endOfDuration(wallTimeToDate(values.validFrom, siteTimeZone), duration, siteTimeZone);
  // Only where the field still reads as the duration's end: a clerk's own end is theirs.
  if (toWallTime(end, siteTimeZone) !== values.validUntil.slice(0, 16)) return fallback;
  return { validFrom, validUntil: toOffsetInstant(end, siteTimeZone) };
}
