import { durationId } from "@permit-desk/schema";
import { useId } from "react";
import { useWatch } from "react-hook-form";
import { ErrorList, Field } from "../../components/ui/field.tsx";
import { RadioOption } from "../../components/ui/radio-option.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import type { ChangeFormProps } from "./change-form-frame.tsx";
import { ChangeFormFrame, ReasonField } from "./change-form-frame.tsx";
import {
  CHOSEN_END,
  EXTENSIONS,
  type ExtensionFormValues,
  endFieldOf,
  extendedEnd,
  extensionFormResolver,
  extensionFormValuesOf,
} from "./extension-form.ts";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";
import { useChangeForm } from "./use-permit-change.ts";

type Extension = (typeof EXTENSIONS)[number];

function extensionLabel(extension: Extension, end: string, t: PermitRecordWords): string {
  return extension.kind === "hours"
    ? t("plusHours", { hours: extension.hours, end })
    : t("plusDays", { days: extension.days, end });
}

/** A later end: an hour or a day more, counted from the current end, or a time staff choose. */
export function ExtendPermitForm({
  record,
  config,
  canReconcile,
  onChanged,
  onCancel,
}: ChangeFormProps) {
  const choiceErrorId = useId();
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const fieldErrorMessages = useFieldErrorMessages();
  const { current } = record;
  const { siteTimeZone } = config;
  const { form, change } = useChangeForm<ExtensionFormValues>({
    record,
    config,
    onChanged,
    resolverOf: extensionFormResolver,
    defaultValues: extensionFormValuesOf(current, siteTimeZone),
    fieldOf: (field, values) =>
      field === "reason" ? "reason" : field === "validUntil" ? endFieldOf(values) : undefined,
    firstField: "choice",
  });
  const { register, control, formState } = form;
  const choice = useWatch({ control, name: "choice" });
  const choiceErrors = fieldErrorMessages(formState.errors.choice);
  const at = (instant: string | Date) =>
    formatSiteTime(new Date(instant).toISOString(), siteTimeZone, locale);
  return (
    <ChangeFormFrame
      title={t("extendTitle")}
      intro={<p>{t("currentEnd", { time: at(current.validUntil) })}</p>}
      submitLabel={t("extendSubmit")}
      record={record}
      canReconcile={canReconcile}
      change={change}
      onCancel={onCancel}
    >
      <fieldset aria-describedby={choiceErrors.length > 0 ? choiceErrorId : undefined}>
        <legend className="text-sm font-semibold text-slate-900">{t("newEnd")}</legend>
        <div className="mt-1">
          {EXTENSIONS.map((extension) => (
            <RadioOption
              key={durationId(extension)}
              label={extensionLabel(
                extension,
                at(extendedEnd(current, extension, siteTimeZone)),
                t,
              )}
              inputProps={{
                ...register("choice"),
                value: durationId(extension),
                "aria-invalid": choiceErrors.length > 0 || undefined,
              }}
            />
          ))}
          <RadioOption
            label={t("chosenEnd")}
            inputProps={{ ...register("choice"), value: CHOSEN_END }}
          />
        </div>
        <ErrorList id={choiceErrorId} errors={choiceErrors} />
      </fieldset>
      {choice === CHOSEN_END && (
        <Field
          label={t("validUntil")}
          hint={t("siteTime", { zone: siteTimeZone })}
          inputProps={{ ...register("until"), type: "datetime-local" }}
          errors={fieldErrorMessages(formState.errors.until)}
        />
      )}
      <ReasonField
        registration={register("reason")}
        errors={fieldErrorMessages(formState.errors.reason)}
      />
    </ChangeFormFrame>
  );
}
