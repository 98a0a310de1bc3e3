import { durationOfId, instantSchema, ROLES } from "@permit-desk/schema";
import { describeDuration } from "../../../lib/duration-words.ts";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { formatAmount } from "../../../lib/i18n/format.ts";
import { changeReasonText } from "../../../lib/undo-reason.ts";
import type { AuditReading } from "./audit-reading.ts";
import {
  AUDIT_FIELDS,
  AUDIT_OUTCOMES,
  AUDIT_SUBJECTS,
  isOneOf,
  SIGN_IN_FAILURES,
} from "./audit-vocabulary.ts";
import { keyAsWords } from "./key-as-words.ts";

/** Where a value was recorded: the event's action, and the currency beside an amount. */
export type ValueContext = { action: string; currency?: unknown };

/** "journalId" → "Journal entry"; a field not known here as its words. */
export function fieldLabel(field: string, { t }: AuditReading): string {
  return isOneOf(AUDIT_FIELDS, field) ? t("field", { field }) : keyAsWords(field);
}

/** "permit" → "Permit"; a kind not known here as its words. */
export function subjectLabel(type: string, { t }: AuditReading): string {
  return isOneOf(AUDIT_SUBJECTS, type) ? t("subject", { subject: type }) : keyAsWords(type);
}

/** An enumerated or formatted value in words; a free one (a name, a plate, an id) as it is. */
function textWords(field: string, text: string, context: ValueContext, reading: AuditReading) {
  const { t, roles, locale, siteTimeZone } = reading;
  if (field === "role" && isOneOf(ROLES, text)) return roles(text);
  if (field === "outcome" && isOneOf(AUDIT_OUTCOMES, text)) return t("outcome", { outcome: text });
  // Only a refused sign-in's reason is a code: a permit change's reason is what staff typed.
  if (field === "reason" && context.action === "auth.sign_in_failed") {
    if (isOneOf(SIGN_IN_FAILURES, text)) return t("signInFailure", { reason: text });
  } else if (field === "reason") {
    // Undo's fixed reason reads in the language shown, as on the permit's record.
    return changeReasonText(text, locale);
  }
  if (field === "duration") {
    const duration = durationOfId(text);
    if (duration !== undefined) return describeDuration(duration, locale);
  }
  if (field === "amount" && /^\d+(\.\d+)?$/.test(text)) {
    const currency = typeof context.currency === "string" ? context.currency : undefined;
    return formatAmount(text, currency, locale);
  }
  const isInstant = field === "validFrom" || field === "validUntil" || field === "lastFailureAt";
  if (isInstant && instantSchema.safeParse(text).success)
    return formatSiteTime(text, siteTimeZone, locale);
  return text;
}

/** A value as a person reads it: no JSON quotes, lists with commas, flags and codes in words. */
export function describeValue(
  field: string,
  value: unknown,
  context: ValueContext,
  reading: AuditReading,
): string {
  const { t, locale } = reading;
  if (value === undefined || value === null || value === "") return t("none");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  if (typeof value === "number") return new Intl.NumberFormat(locale).format(value);
  if (typeof value === "string") return textWords(field, value, context, reading);
  if (Array.isArray(value)) {
    if (value.length === 0) return t("none");
    return value.map((item) => describeValue(field, item, context, reading)).join(", ");
  }
  return JSON.stringify(value);
}
