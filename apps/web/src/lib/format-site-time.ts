import type { Locale } from "./i18n/locale.ts";

/** Hours and minutes on a 24-hour clock: "09:00", "09 h 00". */
export const CLOCK: Intl.DateTimeFormatOptions = {
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
};

/**
 * An instant as the site's clock reads it, in the reader's language; unless told otherwise with
 * its date and the zone's abbreviation: "8 Mar 2026, 09:00 EDT", "8 mars 2026, 09 h 00 HAE".
 */
export function formatSiteTime(
  instant: string | number | Date,
  siteTimeZone: string,
  locale?: string,
  options: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "short",
    day: "numeric",
    ...CLOCK,
    timeZoneName: "short",
  },
): string {
  return new Intl.DateTimeFormat(locale, { timeZone: siteTimeZone, ...options }).format(
    new Date(instant),
  );
}

/**
 * A clock time of the site ("09:00"), or the clock reading of a wall-clock time (`…THH:mm`), as
 * the locale writes it: "09:00", "09 h 00".
 */
export function formatClockTime(time: string, locale: Locale): string {
  const [hours = 0, minutes = 0] = time.replace(/^.*T/, "").split(":").map(Number);
  return formatSiteTime(Date.UTC(2000, 0, 1, hours, minutes), "UTC", locale, CLOCK);
}
