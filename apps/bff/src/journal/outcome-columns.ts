import type { JournalEntriesTable } from "../db/database.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";

export type OutcomeColumns = Pick<
  JournalEntriesTable,
  | "state"
  | "reference_id"
  | "opscom_http_status"
  | "opscom_raw_answer"
  | "opscom_error_code"
  | "outcome_reason"
  | "outcome_detail"
  | "opscom_ms"
>;

/** Enough of an HTML error page to recognise it, without storing megabytes of it. */
export const RAW_ANSWER_MAX_LENGTH = 65_536;

/** PostgreSQL text cannot hold NUL, and a garbled answer may contain some. */
export function storable(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}

export function storableAnswer(text: string | undefined): string | null {
  if (text === undefined) return null;
  if (text.length <= RAW_ANSWER_MAX_LENGTH) return storable(text);
  const dropped = text.length - RAW_ANSWER_MAX_LENGTH;
  return `${storable(text.slice(0, RAW_ANSWER_MAX_LENGTH))}[… ${dropped} more characters not kept]`;
}

const NOTHING: Omit<OutcomeColumns, "state"> = {
  reference_id: null,
  opscom_http_status: null,
  opscom_raw_answer: null,
  opscom_error_code: null,
  outcome_reason: null,
  outcome_detail: null,
  opscom_ms: null,
};

/**
 * `not_sent` is a state of its own, not `rejected`: OPSCOM never saw the request, so the
 * submission may simply be sent again, whereas a rejection is OPSCOM's answer.
 */
export function outcomeColumns(outcome: OpscomOutcome): OutcomeColumns {
  const timing = { ...NOTHING, opscom_ms: outcome.durationMs };
  switch (outcome.kind) {
    case "issued":
      return {
        ...timing,
        state: "issued",
        reference_id: outcome.referenceId,
        opscom_http_status: outcome.httpStatus,
        opscom_raw_answer: storableAnswer(outcome.rawAnswer),
      };
    case "rejected":
      return {
        ...timing,
        state: "rejected",
        opscom_http_status: outcome.httpStatus,
        opscom_raw_answer: storableAnswer(outcome.rawAnswer),
        opscom_error_code: outcome.errorCode ?? null,
        outcome_detail: storable(outcome.errorMessage),
      };
    case "unknown":
      return {
        ...timing,
        state: "unknown",
        opscom_http_status: outcome.httpStatus ?? null,
        opscom_raw_answer: storableAnswer(outcome.rawAnswer),
        outcome_reason: outcome.reason,
        outcome_detail: storable(outcome.detail),
      };
    case "not_sent":
      return {
        ...timing,
        state: "not_sent",
        outcome_detail: `${storable(outcome.detail)} (${outcome.attempts} ${outcome.attempts === 1 ? "attempt" : "attempts"})`,
      };
  }
}
