import {
  isOneOf,
  type PermitRecord,
  TEXT_AS_RECORDED,
  UNCONFIRMED_REASONS,
} from "@permit-desk/schema";
import type { OwnOutcomeDetail, PermitRecordWords } from "./messages.ts";

/** A text to show, and whether it is shown as it was recorded rather than in the page's words. */
export type OutcomeWords = { text: string; recorded: boolean };

/** "unreadable_answer" → "The answer could not be read"; a reason not known here as it came. */
export function outcomeReasonWords(reason: string, t: PermitRecordWords): OutcomeWords {
  return isOneOf(UNCONFIRMED_REASONS, reason)
    ? { text: t("unconfirmedReason", { reason }), recorded: false }
    : { text: reason, recorded: true };
}

type OutcomeDetail = NonNullable<PermitRecord["opscom"]["detail"]>;

function isOwn(detail: OutcomeDetail): detail is OwnOutcomeDetail {
  return !TEXT_AS_RECORDED.some((code) => code === detail.code);
}

/**
 * Permit Desk's own details (`answer_not_json_object`: "HTTP 500, not a JSON object") in the
 * reader's language; text that is not Permit Desk's, such as OPSCOM's own message or a network
 * error's code, as it was recorded.
 */
export function outcomeDetailWords(detail: OutcomeDetail, t: PermitRecordWords): OutcomeWords {
  return isOwn(detail)
    ? { text: t("outcomeDetail", detail), recorded: false }
    : { text: String(detail.params?.text ?? ""), recorded: true };
}
