import type { ValidityDuration } from "@permit-desk/schema";
import { formatClockTime } from "../../../lib/format-clock-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import type { TemplatesWords } from "../messages.ts";

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
