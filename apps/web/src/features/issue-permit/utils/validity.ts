import {
  addCalendarDays,
  DURATION_PRESETS,
  durationId,
  durationOfId,
  endOfDuration,
  toOffsetInstant,
  toWallTime,
  type ValidityDuration,
  wallTimeToDate,
} from "@permit-desk/schema";
import { formatClockTime, formatSiteTime } from "../../../lib/format-site-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { isWallTime, siteWallTimeToInstant } from "../../../lib/site-wall-time.ts";
import type { IssuePermitT } from "../messages.ts";
import type { PermitFormValues } from "./permit-form.ts";

/** The form's duration until the clerk or a template picks another: two hours. */
export const DEFAULT_DURATION: ValidityDuration = DURATION_PRESETS[1];
/** The duration choice that leaves Valid until as the clerk set it. */
export const CUSTOM_DURATION = "custom";
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
function durationEnd(validFrom: string, choice: string, siteTimeZone: string): Date | undefined {
  const duration = durationOfId(choice);
  if (duration === undefined || !isWallTime(validFrom)) return undefined;
  return endOfDuration(wallTimeToDate(validFrom, siteTimeZone), duration, siteTimeZone);
}

/**
 * Valid until for a start and a duration choice, as a wall-clock time in the site's zone; also
 * where it goes when Valid from moves. Nothing for a half-typed start, or for a custom choice:
 * an end the clerk set by hand stays where it is.
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

/**
 * When a permit ends, in words, against the site's today: "Until 17:30 today", "Until 09:00
 * tomorrow", else "Until 14:00 on Thu, Dec 3". Nothing for an incomplete time.
 */
export function endInWords(
  validUntil: string,
  now: Date,
  siteTimeZone: string,
  locale: Locale,
  t: IssuePermitT,
): string | undefined {
  if (!isWallTime(validUntil)) return undefined;
  const today = toWallTime(now, siteTimeZone).slice(0, 10);
  const day = validUntil.slice(0, 10);
  const time = formatClockTime(validUntil, locale);
  if (day === today) return t("untilToday", { time });
  if (day === addCalendarDays(today, 1)) return t("untilTomorrow", { time });
  // The wall day read as UTC noon names the same calendar day in any zone.
  const date = formatSiteTime(`${day}T12:00:00Z`, "UTC", locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(day.slice(0, 4) !== today.slice(0, 4) && { year: "numeric" }),
  });
  return t("untilOn", { time, date });
}
