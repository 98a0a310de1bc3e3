import type { ActivePermitInZone, SimilarPlate } from "@permit-desk/schema";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import type { PlateSafetyText } from "./plate-reading.ts";

type SiteClock = { at: string; siteTimeZone: string; locale: Locale };

function siteDay(instant: string, siteTimeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD: a key that compares two days, not a text to show.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: siteTimeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(instant));
}

/** The end of a permit valid now: the time alone when that is today at the site ("17:30", "17 h 30"). */
export function endText(validUntil: string, { at, siteTimeZone, locale }: SiteClock): string {
  if (siteDay(validUntil, siteTimeZone) !== siteDay(at, siteTimeZone))
    return formatSiteTime(validUntil, siteTimeZone, locale);
  return new Intl.DateTimeFormat(locale, {
    timeZone: siteTimeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(validUntil));
}

/** "Did you mean AB1O3? It was issued here on … in Lot 4." */
export function similarPlateWarning(
  similar: SimilarPlate,
  t: PlateSafetyText,
  { siteTimeZone, locale }: Omit<SiteClock, "at">,
): string {
  return t("didYouMean", {
    plate: similar.plate,
    date: formatSiteTime(similar.lastIssuedAt, siteTimeZone, locale),
    zone: similar.zone,
  });
}

/** "AB123 already has a permit valid now in Lot 4 until 17:30 (reference …)." */
export function activePermitWarning(
  plate: string,
  zone: string,
  permit: ActivePermitInZone,
  t: PlateSafetyText,
  clock: SiteClock,
): string {
  const until = endText(permit.validUntil, clock);
  return permit.referenceId === undefined
    ? t("maybeActive", { plate, zone, until })
    : t("alreadyActive", { plate, zone, until, reference: permit.referenceId });
}
