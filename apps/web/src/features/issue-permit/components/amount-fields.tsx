import { useFormContext, useWatch } from "react-hook-form";
import { Field, SelectField } from "../../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { amountSentAs } from "../utils/sent-as.ts";

/** `currencies` is undefined while the site's settings load. */
export function AmountFields({ currencies }: { currencies: readonly string[] | undefined }) {
  const t = useMessages(issuePermitMessages);
  const { register, control, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  const amount = amountSentAs(useWatch({ control, name: "amount" }));
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_8rem] gap-4">
      <Field
        label={t("amountLabel")}
        inputProps={{ ...register("amount"), inputMode: "decimal", autoComplete: "off" }}
        hint={amount ? t("amountSentAs", { amount }) : t("amountHint")}
        errors={fieldErrorMessages(formState.errors.amount)}
      />
      <SelectField
        label={t("currencyLabel")}
        selectProps={{ ...register("currency"), disabled: currencies === undefined }}
        errors={fieldErrorMessages(formState.errors.currency)}
      >
        {currencies === undefined && <option value="">{t("loading")}</option>}
        {currencies?.map((currency) => (
          <option key={currency} value={currency}>
            {currency}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
