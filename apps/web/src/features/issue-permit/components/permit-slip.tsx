import { type IssuedPermit, isSameWallDay } from "@permit-desk/schema";
import { QRCodeSVG } from "qrcode.react";
import { type ReactNode, useEffect } from "react";
import { createPortal } from "react-dom";
import { classNames } from "../../../lib/class-names.ts";
import { CLOCK, formatSiteTime } from "../../../lib/format-site-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { issuePermitMessages } from "../messages.ts";
import { formatPermitAmount } from "./issued-permit-panel.tsx";
// The plate's legible mono font (0 and O, 1 and I apart): references are A–Z, 0–9 and dashes.
import { plateFont } from "./plate-echo.tsx";

type Validity = Pick<IssuedPermit, "validFrom" | "validUntil">;

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
  if (!isSameWallDay(validFrom, validUntil, siteTimeZone)) {
    const full = { ...DATE, ...ZONED_CLOCK };
    return t("validFromUntil", {
      from: formatSiteTime(validFrom, siteTimeZone, locale, full),
      until: formatSiteTime(validUntil, siteTimeZone, locale, full),
    });
  }
  const sameZone =
    zoneNameAt(validFrom, siteTimeZone, locale) === zoneNameAt(validUntil, siteTimeZone, locale);
  return t("validOnDay", {
    date: formatSiteTime(validFrom, siteTimeZone, locale, DATE),
    from: formatSiteTime(validFrom, siteTimeZone, locale, sameZone ? CLOCK : ZONED_CLOCK),
    until: formatSiteTime(validUntil, siteTimeZone, locale, ZONED_CLOCK),
  });
}

const SLIP_FONT = "Atkinson Hyperlegible Mono";

/** The plate as large as its length allows: every slip fits its page, up to 25 characters. */
function plateSize(plate: string): string {
  if (plate.length <= 9) return "text-[76pt]";
  if (plate.length <= 14) return "text-[48pt]";
  return "text-[34pt]";
}

type PermitSlipsProps = {
  permits: readonly IssuedPermit[];
  siteTimeZone: string;
  locale: Locale;
};

/**
 * One slip per permit for the driver's dashboard, each on its own printed page. Hidden on
 * screen; while slips are mounted the print stylesheet prints them and nothing else, so the
 * browser's own print key prints them from anywhere on the page.
 */
export function PermitSlips({ permits, siteTimeZone, locale }: PermitSlipsProps) {
  useEffect(() => {
    // A browser fetches a font only for text it shows, and the slip shows only in print:
    // fetched now, the first print does not come out in a fallback font.
    for (const weight of [400, 700]) {
      document.fonts.load(`${weight} 1em "${SLIP_FONT}"`).catch(() => undefined);
    }
  }, []);

  if (permits.length === 0) return null;
  // Beside the app's root, so that the print stylesheet can hide everything else at once.
  return createPortal(
    <div className="permit-slips hidden bg-white text-black print:block">
      {permits.map((permit) => (
        <PermitSlip
          key={permit.referenceId}
          permit={permit}
          siteTimeZone={siteTimeZone}
          locale={locale}
        />
      ))}
    </div>,
    document.body,
  );
}

type PermitSlipProps = { permit: IssuedPermit; siteTimeZone: string; locale: Locale };

function PermitSlip({ permit, siteTimeZone, locale }: PermitSlipProps) {
  const t = issuePermitMessages.in(locale);
  const amount = formatPermitAmount(permit, locale);
  return (
    <article
      aria-label={t("slipLabel", { plate: permit.plate })}
      className="flex break-inside-avoid break-after-page flex-col gap-[0.12in] p-[0.35in] last:break-after-auto"
    >
      <h2 className="text-[15pt] font-bold uppercase tracking-wide">{t("slipTitle")}</h2>
      <div>
        <p className="text-[11pt] font-semibold">{t("licencePlate")}</p>
        <p
          className={classNames(
            plateFont,
            "font-bold leading-none break-all",
            plateSize(permit.plate),
          )}
        >
          {permit.plate}
        </p>
      </div>
      <p className="text-[14pt] font-bold leading-snug">
        {describeSlipValidity(permit, siteTimeZone, locale)}
      </p>
      <div className="grid grid-cols-[1fr_auto] items-start gap-[0.3in]">
        <dl className="grid gap-[0.08in] text-[12pt]">
          <SlipFact term={t("zone")}>
            <span className="text-[20pt] font-bold leading-tight">{permit.zone}</span>
          </SlipFact>
          {amount && <SlipFact term={t("amountPaid")}>{amount}</SlipFact>}
          {permit.permitNo && <SlipFact term={t("permitNumber")}>{permit.permitNo}</SlipFact>}
          <SlipFact term={t("reference")}>
            <span className={classNames(plateFont, "break-all")}>{permit.referenceId}</span>
          </SlipFact>
        </dl>
        <QRCodeSVG
          value={permit.referenceId}
          level="M"
          marginSize={0}
          bgColor="#ffffff"
          fgColor="#000000"
          role="img"
          aria-label={t("qrCode", { reference: permit.referenceId })}
          className="size-[1.6in]"
        />
      </div>
    </article>
  );
}

function SlipFact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-[11pt] font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
