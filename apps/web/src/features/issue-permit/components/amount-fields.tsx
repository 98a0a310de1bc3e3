import { normalizeAmount } from "@permit-desk/schema";
import { useFormContext, useWatch } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { SelectField } from "../../../components/ui/select-field.tsx";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

export function AmountFields({ currencies }: { currencies: readonly string[] }) {
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const amount = normalizeAmount(useWatch({ control, name: "amount" }));
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_8rem] gap-4">
      <Field
        label="Amount"
        inputProps={{ ...register("amount"), inputMode: "decimal", autoComplete: "off" }}
        hint={amount ? `Optional. Will be sent as ${amount}` : "Optional, e.g. 14.50"}
        errors={fieldErrorMessages(formState.errors.amount)}
      />
      <SelectField
        label="Currency"
        selectProps={register("currency")}
        errors={fieldErrorMessages(formState.errors.currency)}
      >
        {currencies.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
