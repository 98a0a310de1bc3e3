import { useFormContext } from "react-hook-form";
import { SelectField } from "../../../components/ui/field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

/** `zones` is undefined while the site's settings load. */
export function ZoneField({ zones }: { zones: readonly string[] | undefined }) {
  const t = useMessages(issuePermitMessages);
  const { register, formState } = useFormContext<PermitFormValues>();
  return (
    <SelectField
      label={t("zoneLabel")}
      selectProps={{ ...register("zone"), disabled: zones === undefined }}
      errors={fieldErrorMessages(formState.errors.zone)}
    >
      {zones === undefined && <option value="">{t("loading")}</option>}
      {zones?.length === 0 && <option value="">{t("noZone")}</option>}
      {zones?.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </SelectField>
  );
}
