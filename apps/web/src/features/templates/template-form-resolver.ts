import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  MAX_DURATION_DAYS,
  MAX_DURATION_HOURS,
  PERMIT_NUMBER_MAX_LENGTH,
  PLATE_MAX_LENGTH,
  permitNumberPatternProblem,
  TEMPLATE_NAME_MAX_LENGTH,
  templateInputSchema,
} from "@permit-desk/schema";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { TemplatesWords } from "./messages.ts";
import {
  formFieldOf,
  type TemplateFormField,
  type TemplateFormValues,
  templateInputOf,
} from "./template-form-values.ts";

function patternMessage(pattern: string, t: TemplatesWords): string {
  const problem = permitNumberPatternProblem(pattern.trim());
  if (problem?.kind === "unclosedBrace")
    return t("patternUnclosed", { fragment: problem.fragment });
  if (problem?.kind === "strayClosingBrace")
    return t("patternStrayBrace", { fragment: problem.fragment });
  if (problem?.kind === "unknownPlaceholder")
    return t("patternUnknown", { placeholder: problem.placeholder });
  return t("patternTooLong", {
    plateLength: PLATE_MAX_LENGTH,
    length: problem?.longestLength ?? pattern.length,
    max: PERMIT_NUMBER_MAX_LENGTH,
  });
}

/** One message per field in the reader's language; the shared schema says which fields. */
export function messageFor(
  field: TemplateFormField,
  values: TemplateFormValues,
  t: TemplatesWords,
): string {
  switch (field) {
    case "name":
      return values.name.trim() === ""
        ? t("nameMissing")
        : t("nameTooLong", { max: TEMPLATE_NAME_MAX_LENGTH });
    case "zone":
      return t("zoneMissing");
    case "durationKind":
    case "hours":
      return t("hoursInvalid", { max: MAX_DURATION_HOURS });
    case "days":
      return t("daysInvalid", { max: MAX_DURATION_DAYS });
    case "time":
      return t("timeInvalid");
    case "price":
    case "amount":
      return t("amountInvalid", { min: AMOUNT_MIN, max: AMOUNT_MAX });
    case "currency":
      return t("currencyMissing");
    case "permitNumberPattern":
      return patternMessage(values.permitNumberPattern, t);
  }
}

/** Checks the form with the schema the BFF uses, and words each refusal beside its field. */
export function templateFormResolver(t: TemplatesWords): Resolver<TemplateFormValues> {
  return async (values) => {
    const parsed = templateInputSchema.safeParse(templateInputOf(values));
    const fields = parsed.success ? [] : parsed.error.issues.map(({ path }) => formFieldOf(path));
    // The API reads a blank amount as free; on the form, "Paid" asks for one.
    if (values.price === "paid" && values.amount.trim() === "") fields.push("amount");
    if (fields.length === 0) return { values, errors: {} };
    const errors: FieldErrors<TemplateFormValues> = {};
    for (const field of fields) {
      errors[field] ??= { type: "validation", message: messageFor(field, values, t) };
    }
    return { values: {}, errors };
  };
}
