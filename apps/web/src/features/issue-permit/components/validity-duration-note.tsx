import { useFormContext, useWatch } from "react-hook-form";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import type { IssuePermitT } from "../messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { endInWords } from "../utils/end-in-words.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { CUSTOM_DURATION } from "../utils/permit-form-values.ts";
import { validityInstants } from "../utils/validity-instants.ts";

const MINUTE_MS = 60_000;
const UNITS = [
  { key: "elapsedDays", minutes: 24 * 60 },
  { key: "elapsedHours", minutes: 60 },
  { key: "elapsedMinutes", minutes: 1 },
] as const;

function inWords(elapsedMs: number, t: IssuePermitT): string {
  let minutesLeft = Math.round(elapsedMs / MINUTE_MS);
  const parts: string[] = [];
  for (const unit of UNITS) {
    const count = Math.floor(minutesLeft / unit.minutes);
    minutesLeft -= count * unit.minutes;
    if (count > 0) parts.push(t(unit.key, { count }));
  }
  return parts.join(" ");
}

/**
 * How long a permit lasts, in words: "2 hours", "1 hour 30 minutes", "3 days", measured between
 * the instants that will be sent (a duration choice tells a repeated autumn hour apart). Nothing
 * for times that are incomplete or out of order, whose fields say what is wrong.
 */
export function describeValidityDuration(
  from: string,
  until: string,
  siteTimeZone: string,
  t: IssuePermitT,
  choice: string = CUSTOM_DURATION,
): string | undefined {
  const instants = validityInstants(
    { validFrom: from, validUntil: until, duration: choice },
    siteTimeZone,
  );
  const elapsed = Date.parse(instants.validUntil) - Date.parse(instants.validFrom);
  // NaN, for a half-typed time, is not a duration either.
  if (!(elapsed >= MINUTE_MS)) return undefined;
  return inWords(elapsed, t);
}

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
