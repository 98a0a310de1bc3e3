import { CHANGE_REASON_MAX_LENGTH } from "@permit-desk/schema";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "../../components/ui/field.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { changeMessages } from "./messages.ts";

type ReasonFieldProps = { registration: UseFormRegisterReturn<"reason">; errors: string[] };

/** Every change says why, in a few words; Enter sends the form from here. */
export function ReasonField({ registration, errors }: ReasonFieldProps) {
  const t = useMessages(changeMessages);
  return (
    <Field
      label={t("reason")}
      hint={t("reasonHint")}
      inputProps={{
        ...registration,
        required: true,
        maxLength: CHANGE_REASON_MAX_LENGTH,
        autoComplete: "off",
      }}
      errors={errors}
    />
  );
}
