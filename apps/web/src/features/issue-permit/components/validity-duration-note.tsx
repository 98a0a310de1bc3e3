import { useFormContext, useWatch } from "react-hook-form";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { endInWords } from "../utils/end-in-words.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { inWords } from "../utils/validity-duration.ts";
import { validityInstants } from "../utils/validity-instants.ts";

const MINUTE_MS = 60_000;

/**
 * When the permit ends and how long it lasts, in words: "Until 17:30 today · lasts 2 hours".
 * Politely live: it changes only when the end does, not on every render.
 */
export function ValidityDurationNote({ siteTimeZone }: { siteTimeZone: string | undefined }) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const { control } = useFormContext<PermitFormValues>();
  const [validFrom, validUntil, choice] = useWatch({
    control,
    name: ["validFrom", "validUntil", "duration"],
  });
  // Elapsed between the instants that will be sent, which a repeated autumn hour can tell apart
  // where the wall-clock readings cannot.
  const instants =
    siteTimeZone === undefined
      ? undefined
      : validityInstants({ validFrom, validUntil, duration: choice }, siteTimeZone);
  const elapsed =
    instants === undefined
      ? Number.NaN
      : Date.parse(instants.validUntil) - Date.parse(instants.validFrom);
  const duration = elapsed >= MINUTE_MS ? inWords(elapsed, t) : undefined;
  const end =
    siteTimeZone === undefined || duration === undefined
      ? undefined
      : endInWords(validUntil, new Date(), siteTimeZone, locale, t);
  return (
    <p aria-live="polite" aria-atomic="true" className="text-base text-slate-800">
      {end && duration && (
        <>
          <span className="font-semibold text-slate-950">{end}</span> · {t("lasts", { duration })}
        </>
      )}
    </p>
  );
}
