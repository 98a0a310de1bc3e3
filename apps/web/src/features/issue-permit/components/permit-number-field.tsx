import { useFormContext } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

export function PermitNumberField() {
  const { register, formState } = useFormContext<PermitFormValues>();
  return (
    <Field
      label="Permit number"
      inputProps={{ ...register("permitNo"), autoComplete: "off" }}
      hint="Optional: the ticket or permit number, if there is one."
      errors={fieldErrorMessages(formState.errors.permitNo)}
    />
  );
}
