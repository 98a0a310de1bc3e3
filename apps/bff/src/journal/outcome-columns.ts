import { type OutcomeDetail, outcomeDetail, outcomeDetailSchema } from "@permit-desk/schema";
import type { JournalChangesTable, JournalEntriesTable } from "../db/database.ts";
import type { ChangeOutcome, OpscomOutcome } from "../opscom/outcome.ts";
import { ownedBy } from "../ownership/ownership.ts";

/** What OPSCOM's answer leaves on a permit's create and on a change alike. */
type OutcomeColumns = Pick<
  JournalChangesTable,
  | "opscom_http_status"
  | "opscom_raw_answer"
  | "opscom_error_code"
  | "outcome_reason"
  | "outcome_detail"
  | "outcome_detail_json"
  | "opscom_ms"
>;

/** The columns both journals share from the moment a row is written until its outcome. */
type SharedRow = OutcomeColumns &
  Pick<
    JournalChangesTable,
    "completed_at" | "idempotency_key" | "owner_instance_id" | "recovered_at"
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

/** A detail as its column holds it: JSON, each text in it storable. */
function detailColumn(detail: OutcomeDetail): string {
  return JSON.stringify(detail, (_name, value) =>
    typeof value === "string" ? storable(value) : value,
  );
}

const NOTHING: OutcomeColumns = {
  opscom_http_status: null,
  opscom_raw_answer: null,
  opscom_error_code: null,
  outcome_reason: null,
  outcome_detail: null,
  outcome_detail_json: null,
  opscom_ms: null,
};

/** A row journalled before anything is sent: pending, owned by the process that will send it. */
export function pendingColumns(idempotencyKey: string | undefined, owner: string | null) {
  return {
    ...NOTHING,
    state: "pending" as const,
    completed_at: null,
    idempotency_key: idempotencyKey ?? null,
    ...ownedBy(owner),
  } satisfies SharedRow & { state: "pending" };
}

type StateOf<O extends OpscomOutcome | ChangeOutcome> = O extends OpscomOutcome
  ? JournalEntriesTable["state"]
  : JournalChangesTable["state"];

/**
 * `not_sent` is a state of its own, not `rejected`: OPSCOM never saw the request, so it may
 * simply be sent again, whereas a rejection is OPSCOM's answer. A create's success is `issued`
 * and a change's `applied`; only a create's carries a reference (its table's own column).
 */
export function outcomeColumns<O extends OpscomOutcome | ChangeOutcome>(
  outcome: O,
): OutcomeColumns & { state: StateOf<O> } {
  const timing = { ...NOTHING, opscom_ms: outcome.durationMs };
  const columns = ((): OutcomeColumns & { state: string } => {
    switch (outcome.kind) {
      case "issued":
      case "applied":
        return {
          ...timing,
          state: outcome.kind,
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
          outcome_detail_json: detailColumn(
            outcomeDetail("opscom_message", { text: outcome.errorMessage }),
          ),
        };
      case "unknown":
        return {
          ...timing,
          state: "unknown",
          opscom_http_status: outcome.httpStatus ?? null,
          opscom_raw_answer: storableAnswer(outcome.rawAnswer),
          outcome_reason: outcome.reason,
          outcome_detail_json: detailColumn(outcome.detail),
        };
      case "not_sent":
        return {
          ...timing,
          state: "not_sent",
          outcome_detail_json: detailColumn(outcome.detail),
        };
    }
  })();
  return columns as OutcomeColumns & { state: StateOf<O> };
}

function optional<T>(value: T | null): T | undefined {
  return value ?? undefined;
}

function optionalDate(epochMs: number | null): Date | undefined {
  return epochMs === null ? undefined : new Date(epochMs);
}

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A row's detail: its code, or the text a row journalled before codes holds, as recorded. Only a
 * version from before codes writes the text, and this one clears it with every outcome, so text
 * beside a code is the later of the two. A code this version does not know reads as text too.
 */
function detailOfRow(row: SharedRow): OutcomeDetail | undefined {
  const { outcome_detail: text, outcome_detail_json: json } = row;
  if (text !== null) return outcomeDetail("recorded_text", { text });
  if (json === null) return undefined;
  const coded = outcomeDetailSchema.safeParse(parsedJson(json));
  return coded.success
    ? (coded.data as OutcomeDetail)
    : outcomeDetail("recorded_text", { text: json });
}

/** The shared columns as a journal entry or change reads them. */
export function outcomeOfRow(row: SharedRow) {
  return {
    opscomHttpStatus: optional(row.opscom_http_status),
    opscomRawAnswer: optional(row.opscom_raw_answer),
    opscomErrorCode: optional(row.opscom_error_code),
    outcomeReason: optional(row.outcome_reason),
    outcomeDetail: detailOfRow(row),
    opscomMs: optional(row.opscom_ms),
    completedAt: optionalDate(row.completed_at),
    recoveredAt: optionalDate(row.recovered_at),
    idempotencyKey: optional(row.idempotency_key),
  };
}
