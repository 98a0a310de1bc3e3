import {
  type CurrentPermit,
  durationId,
  durationOfId,
  endOfDuration,
  type PermitChangeInput,
  problemAsText,
  toOffsetInstant,
  toWallTime,
  type ValidityDuration,
  validityIssues,
} from "@permit-desk/schema";
import { useWatch } from "react-hook-form";
import { RadioFieldset } from "../../components/ui/radio-option.tsx";
import { WallTimeField } from "../../components/ui/wall-time-field.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { isWallTime, siteWallTimeToInstant } from "../../lib/site-wall-time.ts";
import {
  type ChangeFormRules,
  type ChangeIssue,
  type ChangeLimits,
  type ChangePlace,
  useChangeForm,
} from "./change-form.ts";
import { ChangeFormFrame, type ChangeFormProps, ReasonField } from "./change-form-frame.tsx";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";

/** The quick choices, each counted from the permit's current end; a day is a calendar day. */
const EXTENSIONS = [
  { kind: "hours", hours: 1 },
  { kind: "hours", hours: 2 },
  { kind: "days", days: 1 },
] as const satisfies readonly ValidityDuration[];

/** The choice of a time staff type themselves. */
export const CHOSEN_END = "until";

/** What the extension form's controls hold: a choice's `durationId` or `until`, and the time. */
type ExtensionFormValues = { choice: string; until: string; reason: string };

export function extensionFormValuesOf(
  current: CurrentPermit,
  siteTimeZone: string,
): ExtensionFormValues {
  return {
    choice: durationId(EXTENSIONS[0]),
    until: toWallTime(current.validUntil, siteTimeZone),
    reason: "",
  };
}

/** The end a quick choice gives: elapsed hours, or the same clock time a day later, site time. */
export function extendedEnd(
  current: CurrentPermit,
  extension: ValidityDuration,
  siteTimeZone: string,
): Date {
  return endOfDuration(new Date(current.validUntil), extension, siteTimeZone);
}

/** The new end asked for, as an instant with its offset; a half-typed time goes as typed. */
function newEndOf(values: ExtensionFormValues, current: CurrentPermit, siteTimeZone: string) {
  if (values.choice === CHOSEN_END) return siteWallTimeToInstant(values.until, siteTimeZone);
  const extension = durationOfId(values.choice) ?? EXTENSIONS[0];
  return toOffsetInstant(extendedEnd(current, extension, siteTimeZone), siteTimeZone);
}

/** An extension is a correction of the end alone. */
export function extensionInputOf(
  values: ExtensionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
): PermitChangeInput {
  return {
    action: "update",
    changes: { validUntil: newEndOf(values, current, siteTimeZone) },
    reason: values.reason,
  };
}

/** The reason beside itself; the end, and the change as a whole, beside the time when it is typed, beside the choices otherwise. */
function extensionFieldOf(place: ChangePlace, values: ExtensionFormValues) {
  if (place === "reason") return "reason";
  if (place !== "validUntil" && place !== "form") return undefined;
  return values.choice === CHOSEN_END ? "until" : "choice";
}

/** What only the permit itself can tell of the new end, in the words the BFF would answer with. */
function endIssues(
  values: ExtensionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
): ChangeIssue[] {
  if (values.choice === CHOSEN_END && !isWallTime(values.until)) return [];
  const newEnd = newEndOf(values, current, siteTimeZone);
  const end = Date.parse(newEnd);
  const atEnd = (message: string) => [{ path: ["changes", "validUntil"], message }];
  if (end <= Date.parse(current.validFrom)) return atEnd("validity_end_before_start");
  if (end === Date.parse(current.validUntil)) return atEnd("change_no_effect");
  // Only the end moves: the start, however long ago, is not judged again.
  const [outside] = validityIssues(
    { validFrom: current.validFrom, validUntil: newEnd },
    { bounds: limits.validityBounds, now: limits.now(), siteTimeZone, judgeStart: false },
  );
  return outside === undefined ? [] : atEnd(problemAsText(outside.problem));
}

/** The shared change schema over the form, and what only the permit itself can tell of the end. */
export const extensionRules: ChangeFormRules<ExtensionFormValues> = {
  inputOf: extensionInputOf,
  fieldOf: extensionFieldOf,
  moreIssues: (values, _parsed, current, siteTimeZone, limits) =>
    endIssues(values, current, siteTimeZone, limits),
};

type Extension = (typeof EXTENSIONS)[number];

function extensionLabel(extension: Extension, end: string, t: PermitRecordWords): string {
  return extension.kind === "hours"
    ? t("plusHours", { hours: extension.hours, end })
    : t("plusDays", { days: extension.days, end });
}

/** A later end: an hour or a day more, counted from the current end, or a time staff choose. */
export function ExtendPermitForm(props: ChangeFormProps) {
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const { current } = props.record;
  const { siteTimeZone } = props.config;
  const { field, form, frame } = useChangeForm<ExtensionFormValues>(props, {
    rules: extensionRules,
    defaultValues: extensionFormValuesOf(current, siteTimeZone),
    firstField: "choice",
  });
  const choice = useWatch({ control: form.control, name: "choice" });
  const at = (instant: string | Date) => formatSiteTime(instant, siteTimeZone, locale);
  return (
    <ChangeFormFrame
      {...frame}
      title={t("extendTitle")}
      intro={<p>{t("currentEnd", { time: at(current.validUntil) })}</p>}
      submitLabel={t("extendSubmit")}
    >
      <RadioFieldset
        legend={t("newEnd")}
        options={[
          ...EXTENSIONS.map((extension) => ({
            value: durationId(extension),
            label: extensionLabel(extension, at(extendedEnd(current, extension, siteTimeZone)), t),
          })),
          { value: CHOSEN_END, label: t("chosenEnd") },
        ]}
        {...field("choice")}
      />
      {choice === CHOSEN_END && (
        <WallTimeField
          label={t("validUntil")}
          hint={t("siteTime", { zone: siteTimeZone })}
          control={form.control}
          {...field("until")}
        />
      )}
      <ReasonField {...field("reason")} />
    </ChangeFormFrame>
  );
}
