import { useFormContext } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";

export function PermitNumberField({ onClerkChange }: { onClerkChange?: () => void }) {
  const t = useMessages(issuePermitMessages);
  const { register, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  return (
    <Field
      label={t("permitNoLabel")}
      inputProps={{ ...register("permitNo", { onChange: onClerkChange }), autoComplete: "off" }}
      hint={t("permitNoHint")}
      errors={fieldErrorMessages(formState.errors.permitNo)}
    />
  );
}
