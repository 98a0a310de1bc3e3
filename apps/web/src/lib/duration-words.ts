import type { ValidityDuration } from "@permit-desk/schema";
import { formatClockTime } from "./format-site-time.ts";
import type { Locale } from "./i18n/locale.ts";
import { defineMessages } from "./i18n/messages.ts";
import { type Count, pluralFr } from "./i18n/plural.ts";

/** A template's duration in words, wherever one is shown (the Templates page, the audit trail). */
const durationMessages = defineMessages("durations", {
  "en-CA": {
    hours: ({ count }: Count) => (count === 1 ? "1 hour" : `${count} hours`),
    days: ({ count }: Count) => (count === 1 ? "1 day" : `${count} days`),
    endOfDay: "Until end of day",
    nextDayAt: "Until {{time}} the next day",
  },
  "fr-CA": {
    hours: ({ count }: Count) => pluralFr(count, `${count} heure`, `${count} heures`),
    days: ({ count }: Count) => pluralFr(count, `${count} jour`, `${count} jours`),
    endOfDay: "Jusqu'à la fin de la journée",
    nextDayAt: "Jusqu'au lendemain {{time}}",
  },
});

/** "2 hours", "Until end of day", "Until 09:00 the next day", "3 days". */
export function describeDuration(duration: ValidityDuration, locale: Locale): string {
  const t = durationMessages.in(locale);
  switch (duration.kind) {
    case "hours":
      return t("hours", { count: duration.hours });
    case "days":
      return t("days", { count: duration.days });
    case "endOfDay":
      return t("endOfDay");
    case "nextDayAt":
      return t("nextDayAt", { time: formatClockTime(duration.time, locale) });
  }
}
