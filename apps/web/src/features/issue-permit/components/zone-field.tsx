import { useFormContext } from "react-hook-form";
import { SelectField } from "../../../components/ui/select-field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

export function ZoneField({ zones }: { zones: readonly string[] }) {
  const { register, formState } = useFormContext<PermitFormValues>();
  return (
    <SelectField
      label="Zone"
      selectProps={register("zone")}
      errors={fieldErrorMessages(formState.errors.zone)}
    >
      {zones.length === 0 && <option value="">No zone is configured</option>}
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </SelectField>
  );
}
