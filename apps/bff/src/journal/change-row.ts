import { CHANGEABLE_FIELDS } from "@permit-desk/schema";
import type { Selectable } from "kysely";
import * as z from "zod/mini";
import type { JournalChangeReconciliationsTable, JournalChangesTable } from "../db/database.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";
import { ownedBy } from "../ownership/ownership.ts";
import type {
  ChangeEntry,
  ChangeFields,
  ChangeReconciliationEntry,
  PendingChange,
} from "./change-entry.ts";
import { parseJsonObject } from "./json-object.ts";
import { type OutcomeColumns, storable, storableAnswer } from "./outcome-columns.ts";

type ChangeRow = Selectable<JournalChangesTable>;
type ChangeReconciliationRow = Selectable<JournalChangeReconciliationsTable>;

const fieldValue = z.nullable(z.string());
const fieldsSchema = z.partialRecord(
  z.enum(CHANGEABLE_FIELDS),
  z.object({ before: fieldValue, after: fieldValue }),
);

function fieldsOf(text: string): ChangeFields {
  const parsed = fieldsSchema.safeParse(parseJsonObject(text, "journal_changes.fields"));
  if (!parsed.success) throw new Error("Column journal_changes.fields does not hold changes.");
  return parsed.data;
}

export function pendingChangeRow(
  change: PendingChange,
  id: string,
  sequence: number,
  createdAt: Date,
  owner: string | null,
): ChangeRow {
  const { after } = change;
  return {
    id,
    permit_id: change.permitId,
    sequence,
    created_at: createdAt.getTime(),
    actor: change.actor,
    action: change.action,
    reason: change.reason,
    fields: JSON.stringify(change.fields),
    sent_body: JSON.stringify(change.sentBody),
    plate: after.plate,
    zone: after.zone,
    zone_id: after.zoneId,
    valid_from: after.validFrom.getTime(),
    valid_until: after.validUntil.getTime(),
    permit_no: after.permitNo ?? null,
    state: "pending",
    opscom_http_status: null,
    opscom_raw_answer: null,
    opscom_error_code: null,
    outcome_reason: null,
    outcome_detail: null,
    opscom_ms: null,
    completed_at: null,
    idempotency_key: change.idempotencyKey,
    ...ownedBy(owner),
  };
}

type ChangeOutcomeColumns = Omit<OutcomeColumns, "state" | "reference_id"> & {
  state: JournalChangesTable["state"];
};

const NOTHING: Omit<ChangeOutcomeColumns, "state"> = {
  opscom_http_status: null,
  opscom_raw_answer: null,
  opscom_error_code: null,
  outcome_reason: null,
  outcome_detail: null,
  opscom_ms: null,
};

/** As for a create (`outcomeColumns`), but a success is `applied` and carries no new reference. */
export function changeOutcomeColumns(outcome: ChangeOutcome): ChangeOutcomeColumns {
  const timing = { ...NOTHING, opscom_ms: outcome.durationMs };
  switch (outcome.kind) {
    case "applied":
      return {
        ...timing,
        state: "applied",
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

function optional<T>(value: T | null): T | undefined {
  return value ?? undefined;
}

export function changeReconciliationOf(row: ChangeReconciliationRow): ChangeReconciliationEntry {
  return {
    id: row.id,
    reconciledAt: new Date(row.reconciled_at),
    reconciledBy: row.reconciled_by,
    finding: row.finding,
    ...(row.note !== null && { note: row.note }),
  };
}

export function changeOf(
  row: ChangeRow,
  reconciliations: ChangeReconciliationEntry[],
): ChangeEntry {
  return {
    id: row.id,
    permitId: row.permit_id,
    sequence: row.sequence,
    createdAt: new Date(row.created_at),
    actor: row.actor,
    action: row.action,
    reason: row.reason,
    fields: fieldsOf(row.fields),
    sentBody: parseJsonObject(row.sent_body, "journal_changes.sent_body"),
    after: {
      plate: row.plate,
      zone: row.zone,
      zoneId: row.zone_id,
      validFrom: new Date(row.valid_from),
      validUntil: new Date(row.valid_until),
      ...(row.permit_no !== null && { permitNo: row.permit_no }),
    },
    state: row.state,
    opscomHttpStatus: optional(row.opscom_http_status),
    opscomRawAnswer: optional(row.opscom_raw_answer),
    opscomErrorCode: optional(row.opscom_error_code),
    outcomeReason: optional(row.outcome_reason),
    outcomeDetail: optional(row.outcome_detail),
    opscomMs: optional(row.opscom_ms),
    completedAt: row.completed_at === null ? undefined : new Date(row.completed_at),
    recoveredAt: row.recovered_at === null ? undefined : new Date(row.recovered_at),
    idempotencyKey: optional(row.idempotency_key),
    reconciliations,
  };
}
