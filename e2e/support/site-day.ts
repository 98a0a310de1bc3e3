import { toWallTime, toWireTime, wallTimeToDate } from "@permit-desk/schema";

/** The site's zone, as the e2e servers are configured (playwright.config.ts). */
export const SITE_TIME_ZONE = "America/Toronto";

/**
 * A calendar day on the site's clock, `YYYY-MM-DD`, so many days from today: permits must start
 * within the site's validity bounds, so stories issue them on days near the one they run on.
 */
export function siteDay(daysFromToday: number): string {
  const noonToday = wallTimeToDate(
    `${toWallTime(new Date(), SITE_TIME_ZONE).slice(0, 10)}T12:00`,
    SITE_TIME_ZONE,
  );
  return toWallTime(
    new Date(noonToday.getTime() + daysFromToday * 86_400_000),
    SITE_TIME_ZONE,
  ).slice(0, 10);
}

/** OPSCOM's UTC wire time of a site wall time such as `2026-07-02T09:00`. */
export function wireTimeOf(wallTime: string): string {
  return toWireTime(wallTimeToDate(wallTime, SITE_TIME_ZONE), "utc", SITE_TIME_ZONE);
}

/**
 * The next night the site's clocks go back (Toronto: the first Sunday of November), within a
 * year of today, so that a permit on it is within the site's bounds.
 */
export function nextAutumnClockChange(): string {
  const today = siteDay(0);
  const firstSundayOfNovember = (year: number) => {
    const first = new Date(Date.UTC(year, 10, 1));
    first.setUTCDate(1 + ((7 - first.getUTCDay()) % 7));
    return first.toISOString().slice(0, 10);
  };
  const thisYear = firstSundayOfNovember(Number(today.slice(0, 4)));
  return thisYear > today ? thisYear : firstSundayOfNovember(Number(today.slice(0, 4)) + 1);
}
