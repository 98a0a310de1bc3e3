/**
 * An instant as the site's clock reads it, with the zone's abbreviation, in the reader's
 * language: "8 Mar 2026, 09:00 EDT", "8 mars 2026, 09 h 00 HAE".
 */
export function formatSiteTime(instant: string, siteTimeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: siteTimeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(new Date(instant));
}
