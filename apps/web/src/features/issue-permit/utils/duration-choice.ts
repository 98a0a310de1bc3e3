import {
  DURATION_PRESETS,
  durationId,
  durationOfId,
  endOfDuration,
  toWallTime,
  type ValidityDuration,
  wallTimeToDate,
} from "@permit-desk/schema";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import { CUSTOM_DURATION } from "./permit-form-values.ts";

/**
 * The durations the form offers: the presets, then those of the member's templates that are none
 * of them, each once. All of them all the time, so that applying or clearing a template never
 * takes away the choice it made.
 */
export function offeredDurations(
  templateDurations: readonly ValidityDuration[] = [],
): ValidityDuration[] {
  const offered: ValidityDuration[] = [...DURATION_PRESETS];
  for (const duration of templateDurations) {
    const id = durationId(duration);
    if (!offered.some((candidate) => durationId(candidate) === id)) offered.push(duration);
  }
  return offered;
}

/** When a permit from a wall-clock start ends by a duration choice; nothing for custom or half-typed. */
export function durationEnd(
  validFrom: string,
  choice: string,
  siteTimeZone: string,
): Date | undefined {
  const duration = durationOfId(choice);
  if (duration === undefined || !isWallTime(validFrom)) return undefined;
  return endOfDuration(wallTimeToDate(validFrom, siteTimeZone), duration, siteTimeZone);
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
  const end = durationEnd(validFrom, choice, siteTimeZone);
  return end === undefined ? undefined : toWallTime(end, siteTimeZone);
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
