import { useFormContext, useWatch } from "react-hook-form";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { endInWords } from "../utils/end-in-words.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { describeValidityDuration } from "../utils/validity-duration.ts";

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
  const duration =
    siteTimeZone === undefined
      ? undefined
      : describeValidityDuration(validFrom, validUntil, siteTimeZone, t, choice);
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
