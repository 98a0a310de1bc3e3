import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  MAX_DURATION_DAYS,
  MAX_DURATION_HOURS,
  PERMIT_NUMBER_MAX_LENGTH,
  PLATE_MAX_LENGTH,
  permitNumberPatternProblem,
  type Template,
  type TemplateInput,
  templateInputSchema,
  type ValidityDuration,
} from "@permit-desk/schema";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { TemplatesWords } from "./messages.ts";

export const DURATION_KINDS = ["hours", "endOfDay", "nextDayAt", "days"] as const;
export type DurationKind = (typeof DURATION_KINDS)[number];

/** What the template form edits: every input as typed, the duration's and price's kind chosen. */
export type TemplateFormValues = {
  name: string;
  zone: string;
  durationKind: DurationKind;
  hours: string;
  time: string;
  days: string;
  price: "free" | "paid";
  amount: string;
  currency: string;
  permitNumberPattern: string;
};

export type TemplateFormField = keyof TemplateFormValues;

export function emptyTemplateForm(defaults: {
  zone: string;
  currency: string;
}): TemplateFormValues {
  return {
    name: "",
    zone: defaults.zone,
    durationKind: "hours",
    hours: "2",
    time: "09:00",
    days: "1",
    price: "free",
    amount: "",
    currency: defaults.currency,
    permitNumberPattern: "",
  };
}

export function templateFormOf(template: Template, defaultCurrency: string): TemplateFormValues {
  const { duration } = template;
  return {
    ...emptyTemplateForm({ zone: template.zone, currency: template.currency ?? defaultCurrency }),
    name: template.name,
    durationKind: duration.kind,
    ...(duration.kind === "hours" && { hours: String(duration.hours) }),
    ...(duration.kind === "nextDayAt" && { time: duration.time }),
    ...(duration.kind === "days" && { days: String(duration.days) }),
    price: template.amount === undefined ? "free" : "paid",
    amount: template.amount ?? "",
    permitNumberPattern: template.permitNumberPattern ?? "",
  };
}

/** A count as typed; anything but digits is not a number, so the schema refuses it. */
function countOf(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

function durationOf(values: TemplateFormValues): ValidityDuration {
  switch (values.durationKind) {
    case "hours":
      return { kind: "hours", hours: countOf(values.hours) };
    case "days":
      return { kind: "days", days: countOf(values.days) };
    case "nextDayAt":
      return { kind: "nextDayAt", time: values.time };
    case "endOfDay":
      return { kind: "endOfDay" };
  }
}

/** The body `POST /api/templates` and `PUT /api/templates/:id` take; a free one has no amount. */
export function templateInputOf(values: TemplateFormValues): TemplateInput {
  const paid = values.price === "paid";
  return {
    name: values.name,
    zone: values.zone,
    duration: durationOf(values),
    ...(paid && { amount: values.amount, currency: values.currency }),
    ...(values.permitNumberPattern.trim() !== "" && {
      permitNumberPattern: values.permitNumberPattern,
    }),
  };
}

/** The form field an issue of the template schema belongs to, by its path. */
export function formFieldOf(path: readonly PropertyKey[]): TemplateFormField {
  const [first, second] = path;
  if (first === "duration")
    return second === "hours" || second === "days" || second === "time" ? second : "durationKind";
  const direct = ["name", "zone", "amount", "currency", "permitNumberPattern"] as const;
  return direct.find((field) => field === first) ?? "name";
}

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

/**
 * One message per field: the shared problem where its words are the form's, this form's own
 * words (in the reader's language) where the form says more, such as the bounds of a count.
 */
function messageFor(
  field: TemplateFormField,
  values: TemplateFormValues,
  t: TemplatesWords,
): string {
  switch (field) {
    case "name":
      return values.name.trim() === "" ? "template_name_required" : "template_name_too_long";
    case "zone":
      return "zone_required";
    case "durationKind":
    case "hours":
      return t("hoursInvalid", { max: MAX_DURATION_HOURS });
    case "days":
      return t("daysInvalid", { max: MAX_DURATION_DAYS });
    case "time":
      return "clock_time_format";
    case "price":
    case "amount":
      return t("amountInvalid", { min: AMOUNT_MIN, max: AMOUNT_MAX });
    case "currency":
      return "currency_required";
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
