import { normalizePlate } from "@permit-desk/schema";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

export function PlateField() {
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const plate = normalizePlate(useWatch({ control, name: "plate" }));
  return (
    <Field
      label="Licence plate"
      inputProps={{
        ...register("plate"),
        autoComplete: "off",
        autoCapitalize: "characters",
        spellCheck: false,
        className: "font-mono uppercase",
      }}
      hint={
        plate ? (
          <>
            Will be sent as <span className="font-mono font-semibold text-slate-900">{plate}</span>
          </>
        ) : (
          "Letters and digits; spaces and dashes are dropped."
        )
      }
      errors={fieldErrorMessages(formState.errors.plate)}
    />
  );
}
