import { toWallTime } from "@permit-desk/schema";
import { formatClockTime } from "../../../lib/format-clock-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import type { IssuePermitT } from "../messages.ts";

function dayAfter(day: string): string {
  const noon = new Date(`${day}T12:00:00Z`);
  noon.setUTCDate(noon.getUTCDate() + 1);
  return noon.toISOString().slice(0, 10);
}

/** The clock reading of a wall-clock time (`…THH:mm`) in the locale's style: "09:00", "09 h 00". */
export function clockTime(wallTime: string, locale: Locale): string {
  return formatClockTime(wallTime.slice(11, 16), locale);
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
  const time = clockTime(validUntil, locale);
  if (day === today) return t("untilToday", { time });
  if (day === dayAfter(today)) return t("untilTomorrow", { time });
  // The wall day read as UTC noon names the same calendar day in any zone.
  const date = new Intl.DateTimeFormat(locale, {
    weekday: "short",
    month: "short",
    day: "numeric",
    ...(day.slice(0, 4) !== today.slice(0, 4) && { year: "numeric" }),
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));
  return t("untilOn", { time, date });
}
