import { useFormContext } from "react-hook-form";
import { Field } from "../../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { plateInputProps } from "./plate-input-props.ts";

/** The plate typed a second time, for sites that want it; pasting the first would defeat it. */
export function PlateAgainField() {
  const t = useMessages(issuePermitMessages);
  const { register, formState } = useFormContext<PermitFormValues>();
  const fieldErrorMessages = useFieldErrorMessages();
  return (
    <Field
      label={t("plateAgainLabel")}
      inputProps={{
        ...register("plateAgain", { deps: ["plate"] }),
        ...plateInputProps,
        onPaste: (event) => event.preventDefault(),
      }}
      hint={t("plateAgainHint")}
      errors={fieldErrorMessages(formState.errors.plateAgain)}
    />
  );
}
