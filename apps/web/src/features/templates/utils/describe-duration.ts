import type { ValidityDuration } from "@permit-desk/schema";
import type { Locale } from "../../../lib/i18n/locale.ts";
import type { TemplatesWords } from "../messages.ts";

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

/** "2 hours", "Until the end of the day", "Until 09:00 the next day", "3 days". */
export function describeDuration(
  duration: ValidityDuration,
  t: TemplatesWords,
  locale: Locale,
): string {
  switch (duration.kind) {
    case "hours":
      return t("hoursCount", { count: duration.hours });
    case "days":
      return t("daysCount", { count: duration.days });
    case "endOfDay":
      return t("untilEndOfDay");
    case "nextDayAt":
      return t("untilNextDayAt", { time: formatClockTime(duration.time, locale) });
  }
}
