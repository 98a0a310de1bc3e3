import {
  DURATION_PRESETS,
  durationId,
  durationOfId,
  endOfDuration,
  toWallTime,
  type ValidityDuration,
  wallTimeToDate,
} from "@permit-desk/schema";
import { CUSTOM_DURATION } from "./permit-form-values.ts";
import { isWallTime } from "./site-wall-time.ts";

/** The durations the form offers: the presets, and a template's own when it is none of them. */
export function offeredDurations(templateDuration?: ValidityDuration): ValidityDuration[] {
  const presets: ValidityDuration[] = [...DURATION_PRESETS];
  if (templateDuration === undefined) return presets;
  const id = durationId(templateDuration);
  return presets.some((preset) => durationId(preset) === id)
    ? presets
    : [...presets, templateDuration];
}

/**
 * Valid until for a start and a duration choice, as a wall-clock time in the site's zone;
 * nothing for a custom choice or a half-typed start.
 */
export function validUntilFor(
  validFrom: string,
  choice: string,
  siteTimeZone: string,
): string | undefined {
  const duration = durationOfId(choice);
  if (duration === undefined || !isWallTime(validFrom)) return undefined;
  const end = endOfDuration(wallTimeToDate(validFrom, siteTimeZone), duration, siteTimeZone);
  return toWallTime(end, siteTimeZone);
}

/**
 * Where Valid until goes when Valid from moves: by the chosen duration. A custom end, which the
 * clerk set by hand, stays where it is.
 */
export function validUntilAfterStartMoved(
  change: { from: string; choice: string },
  siteTimeZone: string,
): string | undefined {
  if (change.choice === CUSTOM_DURATION) return undefined;
  return validUntilFor(change.from, change.choice, siteTimeZone);
}
