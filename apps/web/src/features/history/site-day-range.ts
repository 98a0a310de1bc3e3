import { toOffsetInstant, wallTimeToDate } from "@permit-desk/schema";
import { nextCalendarDay } from "./calendar-day.ts";

/** The instant a `YYYY-MM-DD` day begins on the site's clock, with the site's offset then. */
export function startOfSiteDay(day: string, siteTimeZone: string): string {
  return toOffsetInstant(wallTimeToDate(`${day}T00:00`, siteTimeZone), siteTimeZone);
}

/** The instant a day ends on the site's clock: when the next one begins. */
export function endOfSiteDay(day: string, siteTimeZone: string): string {
  return startOfSiteDay(nextCalendarDay(day), siteTimeZone);
}
