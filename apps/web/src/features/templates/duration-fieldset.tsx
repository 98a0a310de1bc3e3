import { useId } from "react";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { Field } from "../../components/ui/field.tsx";
import { RadioOption } from "../../components/ui/radio-option.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { templatesMessages } from "./messages.ts";
import type { DurationKind, TemplateFormValues } from "./template-form-values.ts";

const KIND_LABELS = {
  hours: "durationHours",
  endOfDay: "durationEndOfDay",
  nextDayAt: "durationNextDayAt",
  days: "durationDays",
} as const satisfies Record<DurationKind, string>;

/** The four kinds of duration, each with the one number or time it needs beside it. */
export function DurationFieldset({ form }: { form: UseFormReturn<TemplateFormValues> }) {
  const t = useMessages(templatesMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const legendId = useId();
  const { register, control, formState } = form;
  const kind = useWatch({ control, name: "durationKind" });
  const { errors } = formState;
  const option = (value: DurationKind) => (
    <RadioOption
      label={t(KIND_LABELS[value])}
      inputProps={{ ...register("durationKind"), value }}
    />
  );
  return (
    <fieldset aria-labelledby={legendId} className="space-y-1">
      <legend id={legendId} className="text-sm font-semibold text-slate-900">
        {t("duration")}
      </legend>
      {option("hours")}
      {kind === "hours" && (
        <Field
          className="ml-8 max-w-xs"
          label={t("hours")}
          hint={t("hoursHint")}
          inputProps={{ ...register("hours"), inputMode: "numeric", autoComplete: "off" }}
          errors={fieldErrorMessages(errors.hours)}
        />
      )}
      {option("endOfDay")}
      {option("nextDayAt")}
      {kind === "nextDayAt" && (
        <Field
          className="ml-8 max-w-xs"
          label={t("time")}
          hint={t("timeHint")}
          inputProps={{ ...register("time"), inputMode: "numeric", autoComplete: "off" }}
          errors={fieldErrorMessages(errors.time)}
        />
      )}
      {option("days")}
      {kind === "days" && (
        <Field
          className="ml-8 max-w-xs"
          label={t("days")}
          hint={t("daysHint")}
          inputProps={{ ...register("days"), inputMode: "numeric", autoComplete: "off" }}
          errors={fieldErrorMessages(errors.days)}
        />
      )}
    </fieldset>
  );
}
