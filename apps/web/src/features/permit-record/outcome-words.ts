import { UNCONFIRMED_REASONS, type UnconfirmedReason } from "@permit-desk/schema";
import type { Locale } from "../../lib/i18n/locale.ts";
import { isKnownServerText, translateServerText } from "../../lib/i18n/server-messages.ts";
import type { PermitRecordWords } from "./messages.ts";

/** A text to show, and whether it is shown as it was recorded rather than in the page's words. */
export type OutcomeWords = { text: string; recorded: boolean };

function isUnconfirmedReason(reason: string): reason is UnconfirmedReason {
  return UNCONFIRMED_REASONS.some((known) => known === reason);
}

/** "unreadable_answer" → "The answer could not be read"; a reason not known here as it came. */
export function outcomeReasonWords(reason: string, t: PermitRecordWords): OutcomeWords {
  return isUnconfirmedReason(reason)
    ? { text: t("unconfirmedReason", { reason }), recorded: false }
    : { text: reason, recorded: true };
}

/**
 * Permit Desk's own details ("HTTP 500, not a JSON object") in the reader's language; anything
 * else, such as OPSCOM's own message or a network error's code, as it was recorded.
 */
export function outcomeDetailWords(detail: string, locale: Locale): OutcomeWords {
  return isKnownServerText(detail)
    ? { text: translateServerText(detail, locale), recorded: false }
    : { text: detail, recorded: true };
}
