import type { Locale } from "./i18n/locale.ts";

/** A clock time of the site ("09:00") as the locale writes it: "09:00", "09 h 00". */
export function formatClockTime(time: string, locale: Locale): string {
  const [hours = 0, minutes = 0] = time.split(":").map(Number);
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(Date.UTC(2000, 0, 1, hours, minutes));
}
