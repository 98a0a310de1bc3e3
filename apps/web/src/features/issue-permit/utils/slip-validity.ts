import { type IssuedPermit, toWallTime } from "@permit-desk/schema";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { issuePermitMessages } from "../messages.ts";

type Validity = Pick<IssuedPermit, "validFrom" | "validUntil">;

function formatIn(
  instant: string,
  siteTimeZone: string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat(locale, { timeZone: siteTimeZone, ...options }).format(
    new Date(instant),
  );
}

/** The zone's abbreviation at an instant, "EDT" or "HAE": it changes with the clocks. */
function zoneNameAt(instant: string, siteTimeZone: string, locale: Locale): string | undefined {
  return new Intl.DateTimeFormat(locale, { timeZone: siteTimeZone, timeZoneName: "short" })
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")?.value;
}

const DATE: Intl.DateTimeFormatOptions = {
  weekday: "long",
  year: "numeric",
  month: "long",
  day: "numeric",
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
const ZONED_CLOCK: Intl.DateTimeFormatOptions = { ...CLOCK, timeZoneName: "short" };

/**
 * A permit's validity spelled out for the printed slip, on the site's clock and calendar:
 * "Valid on Sunday, March 8, 2026, from 09:00 until 17:30 EDT", or with both dates when it
 * ends on another day. The zone is named at each end when a clock change falls between them.
 */
export function describeSlipValidity(
  { validFrom, validUntil }: Validity,
  siteTimeZone: string,
  locale: Locale,
): string {
  const t = issuePermitMessages.in(locale);
  const sameDay =
    toWallTime(validFrom, siteTimeZone).slice(0, 10) ===
    toWallTime(validUntil, siteTimeZone).slice(0, 10);
  if (!sameDay) {
    const full = { ...DATE, ...ZONED_CLOCK };
    return t("validFromUntil", {
      from: formatIn(validFrom, siteTimeZone, locale, full),
      until: formatIn(validUntil, siteTimeZone, locale, full),
    });
  }
  const sameZone =
    zoneNameAt(validFrom, siteTimeZone, locale) === zoneNameAt(validUntil, siteTimeZone, locale);
  return t("validOnDay", {
    date: formatIn(validFrom, siteTimeZone, locale, DATE),
    from: formatIn(validFrom, siteTimeZone, locale, sameZone ? CLOCK : ZONED_CLOCK),
    until: formatIn(validUntil, siteTimeZone, locale, ZONED_CLOCK),
  });
}
