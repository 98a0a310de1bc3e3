import type { PermitReconciliation, PermitState } from "@permit-desk/schema";
import type { Kysely } from "kysely";

/** Instants are stored as epoch milliseconds in 64-bit integer columns on both dialects. */
type EpochMs = number;

export type JournalState = PermitState;
export type ReconciliationFinding = PermitReconciliation["finding"];

export const IDEMPOTENCY_STATES = ["in_progress", "completed"] as const;
export type IdempotencyState = (typeof IDEMPOTENCY_STATES)[number];

export interface JournalEntriesTable {
  id: string;
  created_at: EpochMs;
  actor: string;
  /** JSON text: the draft as the BFF parsed it. */
  draft: string;
  /** JSON text: the wire body as sent, without the token. */
  sent_body: string;
  plate: string;
  zone: string;
  valid_from: EpochMs;
  valid_until: EpochMs;
  amount: string | null;
  currency: string | null;
  permit_no: string | null;
  state: JournalState;
  reference_id: string | null;
  opscom_http_status: number | null;
  opscom_raw_answer: string | null;
  opscom_error_code: number | null;
  outcome_reason: string | null;
  outcome_detail: string | null;
  opscom_ms: number | null;
  completed_at: EpochMs | null;
  idempotency_key: string | null;
}

export interface JournalReconciliationsTable {
  id: string;
  entry_id: string;
  reconciled_at: EpochMs;
  reconciled_by: string;
  finding: ReconciliationFinding;
  reference_id: string | null;
  note: string | null;
}

export interface IdempotencyKeysTable {
  scope: string;
  key: string;
  fingerprint: string;
  state: IdempotencyState;
  response_status: number | null;
  /** JSON text of the answer to replay. */
  response_body: string | null;
  created_at: EpochMs;
  completed_at: EpochMs | null;
}

export interface Database {
  journal_entries: JournalEntriesTable;
  journal_reconciliations: JournalReconciliationsTable;
  idempotency_keys: IdempotencyKeysTable;
}

export type DatabaseDialect = "sqlite" | "postgres";

export type PermitDeskDb = Kysely<Database>;
