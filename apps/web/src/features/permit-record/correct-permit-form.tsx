import { Field, SelectField } from "../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import type { ChangeFormProps } from "./change-form-frame.tsx";
import { ChangeFormFrame, ReasonField } from "./change-form-frame.tsx";
import {
  type CorrectionFormValues,
  correctionFormResolver,
  correctionFormValuesOf,
} from "./correction-form.ts";
import { permitRecordMessages } from "./messages.ts";
import { useChangeForm } from "./use-permit-change.ts";

const CORRECTABLE = ["plate", "zone", "validFrom", "validUntil", "permitNo", "reason"] as const;
type Correctable = (typeof CORRECTABLE)[number];

function isCorrectable(field: string): field is Correctable {
  return CORRECTABLE.some((known) => known === field);
}

/** The member's zones; the permit's own stays choosable, so that it can stay where it is. */
function zoneChoices(zones: readonly string[], current: string): readonly string[] {
  return zones.includes(current) ? zones : [current, ...zones];
}

/** Corrects the plate, zone, validity or permit number; what is left as it reads is not sent. */
export function CorrectPermitForm({
  record,
  config,
  canReconcile,
  onChanged,
  onCancel,
}: ChangeFormProps) {
  const t = useMessages(permitRecordMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const { current } = record;
  const { siteTimeZone } = config;
  const { form, change } = useChangeForm<CorrectionFormValues>({
    record,
    config,
    onChanged,
    resolverOf: correctionFormResolver,
    defaultValues: correctionFormValuesOf(current, siteTimeZone),
    fieldOf: (field) => (isCorrectable(field) ? field : undefined),
    firstField: "plate",
  });
  const { register, formState } = form;
  const { errors } = formState;
  const wholeChange = errors.root?.form?.message;
  const siteTime = t("siteTime", { zone: siteTimeZone });
  return (
    <ChangeFormFrame
      title={t("correctTitle")}
      intro={<p>{t("correctIntro")}</p>}
      submitLabel={t("correctSubmit")}
      record={record}
      canReconcile={canReconcile}
      change={change}
      onCancel={onCancel}
      formErrors={
        wholeChange ? fieldErrorMessages({ type: "validation", message: wholeChange }) : []
      }
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label={t("licencePlate")}
          inputProps={{
            ...register("plate"),
            autoComplete: "off",
            autoCapitalize: "characters",
            spellCheck: false,
            className: "font-mono uppercase",
          }}
          errors={fieldErrorMessages(errors.plate)}
        />
        <SelectField
          label={t("zone")}
          selectProps={register("zone")}
          errors={fieldErrorMessages(errors.zone)}
        >
          {zoneChoices(config.zones, current.zoneName).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <Field
          label={t("validFrom")}
          hint={siteTime}
          inputProps={{ ...register("validFrom"), type: "datetime-local" }}
          errors={fieldErrorMessages(errors.validFrom)}
        />
        <Field
          label={t("validUntil")}
          hint={siteTime}
          inputProps={{ ...register("validUntil"), type: "datetime-local" }}
          errors={fieldErrorMessages(errors.validUntil)}
        />
        <Field
          label={t("permitNumber")}
          hint={t("permitNumberHint")}
          inputProps={{ ...register("permitNo"), autoComplete: "off", spellCheck: false }}
          errors={fieldErrorMessages(errors.permitNo)}
        />
      </div>
      <ReasonField registration={register("reason")} errors={fieldErrorMessages(errors.reason)} />
    </ChangeFormFrame>
  );
}
