import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  type Template,
  type TemplateInput,
  templateInputSchema,
  type ValidityDuration,
} from "@permit-desk/schema";
import type { FieldErrors, Resolver } from "react-hook-form";
import { formatAmount } from "../../lib/i18n/format.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
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

/**
 * A count as typed; anything but digits (`1,5`, `-3`, `1e3`, blank) is no count, read as 0 so that
 * the schema refuses it with the words of its range ("a whole number … from 1 to 720"), not as a
 * value of the wrong type, which has no words of its own.
 */
function countOf(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : 0;
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

/** Checks the form with the schema the BFF uses, and words each refusal beside its field. */
export function templateFormResolver(
  t: TemplatesWords,
  locale: Locale,
): Resolver<TemplateFormValues> {
  // The bounds as the language writes numbers: "0,01" and "999 999,99" in French.
  const bounds = {
    min: formatAmount(AMOUNT_MIN, undefined, locale),
    max: formatAmount(AMOUNT_MAX, undefined, locale),
  };
  return async (values) => {
    const parsed = templateInputSchema.safeParse(templateInputOf(values));
    const issues: { path: readonly PropertyKey[]; message: string }[] = [
      ...(parsed.error?.issues ?? []),
    ];
    // The API reads a blank amount as free; on the form, "Paid" asks for one.
    if (values.price === "paid" && values.amount.trim() === "")
      issues.push({ path: ["amount"], message: "" });
    if (issues.length === 0) return { values, errors: {} };
    const errors: FieldErrors<TemplateFormValues> = {};
    for (const { path, message } of issues) {
      const field = formFieldOf(path);
      // An amount is worded with its bounds, whatever is wrong with it.
      const words = field === "amount" ? t("amountInvalid", bounds) : message;
      errors[field] ??= { type: "validation", message: words };
    }
    return { values: {}, errors };
  };
}
