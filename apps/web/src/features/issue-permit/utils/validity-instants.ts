import { toOffsetInstant, toWallTime } from "@permit-desk/schema";
import { siteWallTimeToInstant } from "../../../lib/site-wall-time.ts";
import { durationEnd } from "./duration-choice.ts";
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
  const end = durationEnd(values.validFrom, values.duration, siteTimeZone);
  if (end === undefined) return fallback;
  // Only where the field still reads as the duration's end: a clerk's own end is theirs.
  if (toWallTime(end, siteTimeZone) !== values.validUntil.slice(0, 16)) return fallback;
  return { validFrom, validUntil: toOffsetInstant(end, siteTimeZone) };
}
