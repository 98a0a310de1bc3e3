import { isSkippedWallTime, toWallTime, wallTimeToDate } from "@permit-desk/schema";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import type { IssuePermitT } from "../messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { clockTime } from "../utils/end-in-words.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

/** Daylight-saving shifts in use today are half an hour or an hour. */
const SHIFTS_MS = [30 * 60 * 1000, 60 * 60 * 1000];

/** True when the wall-clock time happens twice in the zone (clocks set back). */
export function isRepeatedWallTime(wallTime: string, timeZone: string): boolean {
  const first = wallTimeToDate(wallTime, timeZone).getTime();
  return SHIFTS_MS.some(
    (shift) => toWallTime(new Date(first + shift), timeZone) === wallTime.slice(0, 16),
  );
}

/** A warning when a daylight-saving change makes the chosen time mean something unexpected. */
export function describeWallTime(
  wallTime: string,
  timeZone: string,
  t: IssuePermitT,
  locale: Locale = "en-CA",
): string | undefined {
  if (!isWallTime(wallTime)) return undefined;
  const time = clockTime(wallTime, locale);
  if (isSkippedWallTime(wallTime, timeZone)) {
    const actual = clockTime(toWallTime(wallTimeToDate(wallTime, timeZone), timeZone), locale);
    return t("skippedTime", { time, zone: timeZone, actual });
  }
  if (isRepeatedWallTime(wallTime, timeZone)) {
    return t("repeatedTime", { time, zone: timeZone });
  }
  return undefined;
}

type ValidityFieldProps = {
  name: "validFrom" | "validUntil";
  label: string;
  /** Undefined while the site's settings load: a time means nothing without the site's zone. */
  siteTimeZone: string | undefined;
  /** Called when the clerk changes the time, never when the form itself does. */
  onClerkChange: () => void;
  /** Shown under the site's zone, e.g. that the start follows the clock. */
  note?: React.ReactNode;
  /**
   * Whether to warn that a repeated autumn time is read as its first occurrence: not when a
   * duration decides which one is meant.
   */
  warnRepeated?: boolean;
};

/** A `datetime-local` input read as the site's wall-clock time, whatever the browser's zone. */
export function ValidityField({
  name,
  label,
  siteTimeZone,
  onClerkChange,
  note,
  warnRepeated = true,
}: ValidityFieldProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  const wallTime = useWatch({ control, name });
  const warning =
    siteTimeZone === undefined ||
    (!warnRepeated && isWallTime(wallTime) && isRepeatedWallTime(wallTime, siteTimeZone))
      ? undefined
      : describeWallTime(wallTime, siteTimeZone, t, locale);
  const other = name === "validFrom" ? "validUntil" : "validFrom";
  return (
    <Field
      label={label}
      inputProps={{
        ...register(name, { deps: [other], onChange: onClerkChange }),
        type: "datetime-local",
        disabled: siteTimeZone === undefined,
      }}
      hint={
        <>
          <span>
            {siteTimeZone === undefined
              ? t("siteTimeLoading")
              : t("siteTime", { zone: siteTimeZone })}
          </span>
          {note}
          {warning && (
            <span className="mt-1 block rounded border-l-4 border-amber-700 bg-amber-50 px-2 py-1 text-amber-950">
              {warning}
            </span>
          )}
        </>
      }
      errors={fieldErrorMessages(formState.errors[name])}
    />
  );
}
