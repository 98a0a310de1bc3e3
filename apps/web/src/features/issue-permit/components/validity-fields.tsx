import {
  durationId,
  isSkippedWallTime,
  toWallTime,
  type ValidityDuration,
  wallTimeToDate,
} from "@permit-desk/schema";
import type { ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { RadioOption } from "../../../components/ui/radio-option.tsx";
import { WallTimeField } from "../../../components/ui/wall-time-field.tsx";
import { describeDuration } from "../../../lib/duration-words.ts";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { CLOCK, formatClockTime, formatSiteTime } from "../../../lib/format-site-time.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { isWallTime } from "../../../lib/site-wall-time.ts";
import { type IssuePermitT, issuePermitMessages } from "../messages.ts";
import type { PermitFormValues } from "../utils/permit-form.ts";
import { CUSTOM_DURATION, endInWords, validityInstants } from "../utils/validity.ts";

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
  const time = formatClockTime(wallTime, locale);
  if (isSkippedWallTime(wallTime, timeZone)) {
    const actual = formatSiteTime(wallTimeToDate(wallTime, timeZone), timeZone, locale, CLOCK);
    return t("skippedTime", { time, zone: timeZone, actual });
  }
  if (isRepeatedWallTime(wallTime, timeZone)) {
    return t("repeatedTime", { time, zone: timeZone });
  }
  return undefined;
}

type ValidityFieldProps = {
  /** Also the key of its label. */
  name: "validFrom" | "validUntil";
  /** Undefined while the site's settings load: a time means nothing without the site's zone. */
  siteTimeZone: string | undefined;
  /** Called when the clerk changes the time, never when the form itself does. */
  onClerkChange: () => void;
  /** Shown under the site's zone, e.g. that the start follows the clock. */
  note?: ReactNode;
};

/** A date and a 24-hour time read as the site's wall-clock time, whatever the browser's zone. */
export function ValidityField({ name, siteTimeZone, onClerkChange, note }: ValidityFieldProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  const wallTime = useWatch({ control, name });
  const warning =
    siteTimeZone === undefined ? undefined : describeWallTime(wallTime, siteTimeZone, t, locale);
  const other = name === "validFrom" ? "validUntil" : "validFrom";
  return (
    <WallTimeField
      label={t(name)}
      control={control}
      inputProps={register(name, { deps: [other], onChange: onClerkChange })}
      disabled={siteTimeZone === undefined}
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

type DurationFieldProps = {
  durations: readonly ValidityDuration[];
  disabled: boolean;
  onChoose: (choice: string) => void;
};

/** The presets (and a template's own duration) as one radio group, with a custom range last. */
export function DurationField({ durations, disabled, onChoose }: DurationFieldProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const { register } = useFormContext<PermitFormValues>();
  const registration = register("duration", {
    onChange: (event: { target: { value: string } }) => onChoose(event.target.value),
  });
  return (
    <fieldset>
      <legend className="font-semibold text-slate-900">{t("durationLegend")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5">
        {durations.map((duration) => (
          <RadioOption
            key={durationId(duration)}
            label={describeDuration(duration, locale)}
            inputProps={{ ...registration, value: durationId(duration), disabled }}
          />
        ))}
        <RadioOption
          label={t("durationCustom")}
          inputProps={{ ...registration, value: CUSTOM_DURATION, disabled }}
        />
      </div>
    </fieldset>
  );
}

const MINUTE_MS = 60_000;
const UNITS = [
  { key: "durationDays", minutes: 24 * 60 },
  { key: "durationHours", minutes: 60 },
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
  // A half-typed time, or a day the calendar does not have, has no length either.
  if (!isWallTime(from) || !isWallTime(until)) return undefined;
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
    siteTimeZone && describeValidityDuration(validFrom, validUntil, siteTimeZone, t, choice);
  const end =
    siteTimeZone && duration && endInWords(validUntil, new Date(), siteTimeZone, locale, t);
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
