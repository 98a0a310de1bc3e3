import { expandPermitNumber, permitNumberPatternProblem } from "@permit-desk/schema";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { Field } from "../../components/ui/field.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { templatesMessages } from "./messages.ts";
import type { TemplateFormValues } from "./template-form-values.ts";

const EXAMPLE_PLATE = "ABC123";

type PatternFieldProps = { form: UseFormReturn<TemplateFormValues>; siteTimeZone: string };

/** The pattern, with what it would give for a plate issued now, shown as it is typed. */
export function PermitNumberPatternField({ form, siteTimeZone }: PatternFieldProps) {
  const t = useMessages(templatesMessages);
  const fieldErrorMessages = useFieldErrorMessages();
  const { register, control, formState } = form;
  const pattern = useWatch({ control, name: "permitNumberPattern" }).trim();
  const usable = pattern !== "" && permitNumberPatternProblem(pattern) === undefined;
  const example = usable
    ? expandPermitNumber(pattern, { plate: EXAMPLE_PLATE, at: new Date(), siteTimeZone })
    : undefined;
  return (
    <Field
      label={t("permitNumberPattern")}
      inputProps={{
        ...register("permitNumberPattern"),
        autoComplete: "off",
        spellCheck: false,
        className: "font-mono",
      }}
      hint={
        <>
          <p>{t("patternHint")}</p>
          {pattern === "" && <p>{t("patternNone")}</p>}
          {example !== undefined && (
            <p className="font-medium text-slate-900">
              {t("patternExample", { plate: EXAMPLE_PLATE, example })}
            </p>
          )}
        </>
      }
      errors={fieldErrorMessages(formState.errors.permitNumberPattern)}
    />
  );
}
