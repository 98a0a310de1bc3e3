// The plate's legible mono font (0 and O, 1 and I apart), Latin subset: plates and references
// are A–Z, 0–9 and dashes. The same files as the plate echo's, so the font is bundled once.
import "@fontsource/atkinson-hyperlegible-mono/latin-400.css";
import "@fontsource/atkinson-hyperlegible-mono/latin-700.css";
import type { IssuedPermit } from "@permit-desk/schema";
import { QRCodeSVG } from "qrcode.react";
import { type ReactNode, useEffect } from "react";
import { createPortal } from "react-dom";
import { classNames } from "../../../lib/class-names.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { issuePermitMessages } from "../messages.ts";
import { formatPermitAmount } from "../utils/permit-amount.ts";
import { describeSlipValidity } from "../utils/slip-validity.ts";

const SLIP_FONT = "Atkinson Hyperlegible Mono";
const SLIP_FONT_CLASS = "font-[family-name:'Atkinson_Hyperlegible_Mono',ui-monospace,monospace]";

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
            SLIP_FONT_CLASS,
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
            <span className={classNames(SLIP_FONT_CLASS, "break-all")}>{permit.referenceId}</span>
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
