import { useFormContext } from "react-hook-form";
import { SelectField } from "../../../components/ui/select-field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

/** `zones` is undefined while the site's settings load. */
export function ZoneField({ zones }: { zones: readonly string[] | undefined }) {
  const { register, formState } = useFormContext<PermitFormValues>();
  return (
    <SelectField
      label="Zone"
      selectProps={{ ...register("zone"), disabled: zones === undefined }}
      errors={fieldErrorMessages(formState.errors.zone)}
    >
      {zones === undefined && <option value="">Loading…</option>}
      {zones?.length === 0 && <option value="">No zone is configured</option>}
      {zones?.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </SelectField>
  );
}
