import { durationId, type ValidityDuration } from "@permit-desk/schema";
import { useFormContext } from "react-hook-form";
import { RadioOption } from "../../../components/ui/radio-option.tsx";
import { formatClockTime } from "../../../lib/format-clock-time.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { CUSTOM_DURATION, type PermitFormValues } from "../utils/permit-form-values.ts";

type DurationFieldProps = {
  durations: readonly ValidityDuration[];
  disabled: boolean;
  onChoose: (choice: string) => void;
};

/** A duration's name in the user's language: "2 hours", "Until end of day", "3 days". */
export function useDurationLabel() {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  return (duration: ValidityDuration): string => {
    switch (duration.kind) {
      case "hours":
        return t("durationHours", { count: duration.hours });
      case "days":
        return t("durationDays", { count: duration.days });
      case "endOfDay":
        return t("durationEndOfDay");
      case "nextDayAt":
        return t("durationNextDayAt", { time: formatClockTime(duration.time, locale) });
    }
  };
}

/** The presets (and a template's own duration) as one radio group, with a custom range last. */
export function DurationField({ durations, disabled, onChoose }: DurationFieldProps) {
  const t = useMessages(issuePermitMessages);
  const label = useDurationLabel();
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
            label={label(duration)}
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
