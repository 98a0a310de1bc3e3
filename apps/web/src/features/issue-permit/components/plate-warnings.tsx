import {
  type ActivePermitInZone,
  isSameWallDay,
  type PlateChecks,
  type SimilarPlate,
} from "@permit-desk/schema";
import { Fragment } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { CLOCK, formatSiteTime } from "../../../lib/format-site-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { type IssuePermitT, issuePermitMessages } from "../messages.ts";
import { plateFont } from "./plate-echo.tsx";

type SiteClock = { at: string; siteTimeZone: string; locale: Locale };

/** The end of a permit valid now: the time alone when that is today at the site ("17:30", "17 h 30"). */
export function endText(validUntil: string, { at, siteTimeZone, locale }: SiteClock): string {
  const sameDay = isSameWallDay(validUntil, at, siteTimeZone);
  return formatSiteTime(validUntil, siteTimeZone, locale, sameDay ? CLOCK : undefined);
}

/** "Did you mean AB1O3? It was issued here on … in Lot 4." */
export function similarPlateWarning(
  similar: SimilarPlate,
  t: IssuePermitT,
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
  t: IssuePermitT,
  clock: SiteClock,
): string {
  const until = endText(permit.validUntil, clock);
  return permit.referenceId === undefined
    ? t("maybeActive", { plate, zone, until })
    : t("alreadyActive", { plate, zone, until, reference: permit.referenceId });
}

/** How many warnings a plate's checks give: permits valid now in the zone, and look-alikes. */
export function warningCount(checks: PlateChecks): number {
  return (checks.zone === undefined ? 0 : checks.activeInZone.length) + checks.similar.length;
}

/** Stands for the plate in a message, so that the plate alone is drawn in the plate font. */
const PLATE_SLOT = "\u{E000}";

function WithPlate({ text, plate }: { text: string; plate: string }) {
  const parts = text.split(PLATE_SLOT);
  return parts.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence, in order.
    <Fragment key={index}>
      {index > 0 && <strong className={plateFont}>{plate}</strong>}
      {part}
    </Fragment>
  ));
}

type PlateWarningsProps = {
  /** From `usePlateChecks`: nothing is shown while there is none. */
  checks: PlateChecks | undefined;
  siteTimeZone: string;
  /** Called with the similar plate the user picked instead of the typed one. */
  onUsePlate: (plate: string) => void;
};

const warningClass = "rounded-md border-l-4 border-amber-700 bg-amber-50 p-3 text-amber-950";

/**
 * "Did you mean …?" and "already has a permit valid now": warnings, not errors. Issue sends such
 * a plate on its second press, once the clerk has had them before them (the form holds the first).
 * The region stays mounted, so screen readers hear each change politely.
 */
export function PlateWarnings({ checks, siteTimeZone, onUsePlate }: PlateWarningsProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const zone = checks?.zone;
  const plate = checks?.plate ?? "";
  const active = zone === undefined ? [] : (checks?.activeInZone ?? []);
  const similar = checks?.similar ?? [];
  const clock = { at: checks?.at ?? "", siteTimeZone, locale };
  return (
    <div role="status">
      {active.length + similar.length > 0 && (
        <ul className="mt-2 space-y-2">
          {zone !== undefined &&
            active.map((permit) => (
              <li key={`${permit.referenceId ?? ""}:${permit.validFrom}`} className={warningClass}>
                <p>
                  <WithPlate
                    plate={plate}
                    text={activePermitWarning(PLATE_SLOT, zone, permit, t, clock)}
                  />
                </p>
              </li>
            ))}
          {similar.map((found) => (
            <li key={found.plate} className={warningClass}>
              <p>
                <WithPlate
                  plate={found.plate}
                  text={similarPlateWarning({ ...found, plate: PLATE_SLOT }, t, clock)}
                />
              </p>
              <Button variant="secondary" className="mt-2" onClick={() => onUsePlate(found.plate)}>
                <WithPlate plate={found.plate} text={t("usePlate", { plate: PLATE_SLOT })} />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
