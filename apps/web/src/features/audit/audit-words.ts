import {
  AUDIT_ACTIONS,
  type AuditEvent,
  durationOfId,
  instantSchema,
  isOneOf,
  ROLES,
} from "@permit-desk/schema";
import { describeDuration } from "../../lib/duration-words.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { roleMessages } from "../../lib/roles.ts";
import { changeReasonText } from "../../lib/undo-reason.ts";
import {
  AUDIT_FIELDS,
  AUDIT_OUTCOMES,
  AUDIT_SUBJECTS,
  type AuditWords,
  auditMessages,
  PERMIT_ACTIONS,
  type PermitEventOutcome,
  SIGN_IN_FAILURES,
  SYSTEM_ACTORS,
} from "./messages.ts";

/** What reading the trail in one language takes: its words, roles, formats and the site's clock. */
export function auditReading(locale: Locale, siteTimeZone: string) {
  return {
    t: auditMessages.in(locale),
    roles: roleMessages.in(locale),
    locale,
    siteTimeZone,
  };
}
type AuditReading = ReturnType<typeof auditReading>;

/** A key the page has no words for, read as words: "journalId" → "Journal id". */
function keyAsWords(key: string): string {
  const words = key
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/[._-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where a value was recorded: the event's action, and the currency beside an amount. */
type ValueContext = { action: string; currency?: unknown };

/** "journalId" → "Journal entry"; a field not known here as its words. */
function fieldLabel(field: string, { t }: AuditReading): string {
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
function describeValue(
  field: string,
  value: unknown,
  context: ValueContext,
  reading: AuditReading,
): string {
  const { t, locale } = reading;
  if (value === undefined || value === null || value === "") return t("none");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  // A template's position is stored from 0; the Templates page counts from 1.
  const shown = field === "position" && typeof value === "number" ? value + 1 : value;
  if (typeof shown === "number") return new Intl.NumberFormat(locale).format(shown);
  if (typeof value === "string") return textWords(field, value, context, reading);
  if (Array.isArray(value)) {
    if (value.length === 0) return t("none");
    return value.map((item) => describeValue(field, item, context, reading)).join(", ");
  }
  return JSON.stringify(value);
}

/** Who did it: a member by their username, Permit Desk itself in words ("First-run set-up"). */
export function actorLabel(event: Pick<AuditEvent, "actor" | "system">, t: AuditWords): string {
  const { actor } = event;
  return event.system === true && isOneOf(SYSTEM_ACTORS, actor)
    ? t("systemActor", { actor })
    : actor;
}

/** What OPSCOM made of a permit action, from the outcome its event records. */
function permitEventOutcome(outcome: unknown): PermitEventOutcome {
  if (outcome === "issued" || outcome === "applied") return "done";
  if (outcome === "rejected" || outcome === "unknown" || outcome === "not_sent") return outcome;
  return "submitted";
}

/** The actions worded alone, without an outcome. */
const OTHER_ACTIONS = AUDIT_ACTIONS.filter((action) => !isOneOf(PERMIT_ACTIONS, action));

/**
 * "zone.create" → "Zone added"; a permit action by what became of it ("Permit refused by
 * OPSCOM"), as a refused submission is no permit issued; an action not known here as its words.
 */
export function describeAction(
  event: Pick<AuditEvent, "action" | "detail">,
  t: AuditWords,
): string {
  const { action } = event;
  if (isOneOf(PERMIT_ACTIONS, action)) {
    return t("permitEvent", { action, outcome: permitEventOutcome(event.detail?.outcome) });
  }
  return isOneOf(OTHER_ACTIONS, action) ? t("otherAction", { action }) : keyAsWords(action);
}

/**
 * An action as the filter offers it: a permit action by what it does when OPSCOM takes it
 * ("Permit issued"), the words its entries then show.
 */
export function actionName(action: (typeof AUDIT_ACTIONS)[number], t: AuditWords): string {
  return isOneOf(PERMIT_ACTIONS, action)
    ? t("permitEvent", { action, outcome: "done" })
    : t("otherAction", { action });
}

type Event = Pick<AuditEvent, "action" | "changes" | "detail">;

/** "Role: Validator → Manager"; an amount in the currency it had on the same side. */
export function describeChange(
  event: Event,
  field: string,
  change: { before: unknown; after: unknown },
  reading: AuditReading,
): string {
  const currency = event.changes?.currency;
  const side = (value: unknown, which: "before" | "after") =>
    describeValue(field, value, { action: event.action, currency: currency?.[which] }, reading);
  return reading.t("fieldChange", {
    field: fieldLabel(field, reading),
    before: side(change.before, "before"),
    after: side(change.after, "after"),
  });
}

/** "Outcome: Refused by OPSCOM" */
export function describeDetail(
  event: Event,
  key: string,
  value: unknown,
  reading: AuditReading,
): string {
  return reading.t("fieldValue", {
    field: fieldLabel(key, reading),
    value: describeValue(
      key,
      value,
      { action: event.action, currency: event.detail?.currency },
      reading,
    ),
  });
}
