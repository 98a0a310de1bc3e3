import { useId } from "react";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { Field, SelectField } from "../../components/ui/field.tsx";
import { RadioOption } from "../../components/ui/radio-option.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { templatesMessages } from "./messages.ts";
import type { TemplateFormValues } from "./template-form-values.ts";

type PriceFieldsetProps = {
  form: UseFormReturn<TemplateFormValues>;
  currencies: readonly string[];
};

/** Free, or an amount in one of the site's currencies. */
export function PriceFieldset({ form, currencies }: PriceFieldsetProps) {
  const t = useMessages(templatesMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const legendId = useId();
  const { register, control, formState } = form;
  const price = useWatch({ control, name: "price" });
  return (
    <fieldset aria-labelledby={legendId} className="space-y-1">
      <legend id={legendId} className="text-sm font-semibold text-slate-900">
        {t("price")}
      </legend>
      <RadioOption label={t("free")} inputProps={{ ...register("price"), value: "free" }} />
      <RadioOption label={t("paid")} inputProps={{ ...register("price"), value: "paid" }} />
      {price === "paid" && (
        <div className="ml-8 flex flex-wrap items-start gap-3">
          <Field
            className="w-40"
            label={t("amount")}
            hint={t("amountHint")}
            inputProps={{ ...register("amount"), inputMode: "decimal", autoComplete: "off" }}
            errors={fieldErrorMessages(formState.errors.amount)}
          />
          <SelectField
            className="w-32"
            label={t("currency")}
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
      )}
    </fieldset>
  );
}
