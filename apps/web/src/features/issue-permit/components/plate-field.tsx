import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { plateSentAs } from "../utils/sent-as.ts";
import { PLATE_HINT, plateInputProps } from "./plate-input-props.ts";

export function PlateField() {
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const plate = plateSentAs(useWatch({ control, name: "plate" }));
  return (
    <Field
      label="Licence plate"
      inputProps={{ ...register("plate"), ...plateInputProps }}
      hint={
        plate ? (
          <>
            Will be sent as <span className="font-mono font-semibold text-slate-900">{plate}</span>
          </>
        ) : (
          PLATE_HINT
        )
      }
      errors={fieldErrorMessages(formState.errors.plate)}
    />
  );
}
