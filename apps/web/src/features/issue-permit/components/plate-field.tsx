import { useLayoutEffect, useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { plateSentAs } from "../utils/sent-as.ts";
import { PLATE_HINT, plateInputProps } from "./plate-input-props.ts";

export function PlateField() {
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const plate = plateSentAs(useWatch({ control, name: "plate" }));
  const input = useRef<HTMLInputElement | null>(null);
  const registration = register("plate");
  // Focus in the very commit that replaces the placeholder: the form's own `setFocus` waits a
  // task, and a key pressed in that gap would land nowhere.
  useLayoutEffect(() => {
    input.current?.focus();
  }, []);
  return (
    <Field
      label="Licence plate"
      inputProps={{
        ...registration,
        ref: (element: HTMLInputElement | null) => {
          registration.ref(element);
          input.current = element;
        },
        ...plateInputProps,
      }}
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
