import type {
  AuditAction,
  ChangeFinding,
  PermitChangeAction,
  PermitChangeState,
  PermitReconciliation,
  PermitState,
  Role,
} from "@permit-desk/schema";
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
  /** `plateSkeleton(current_plate)`: plates one confusable character apart share it. */
  plate_skeleton: string;
  /** The zone's name as sent to OPSCOM. */
  zone: string;
  /** The zone it was issued in, whatever that zone is called now (decision 016). */
  zone_id: string;
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
  /** The detail as text, as rows journalled before details were codes hold it. */
  outcome_detail: string | null;
  /** JSON text: the outcome's detail as a code with its values (`OutcomeDetail`). */
  outcome_detail_json: string | null;
  opscom_ms: number | null;
  completed_at: EpochMs | null;
  idempotency_key: string | null;
  // The permit as its changes made it: a projection of `journal_changes`, written in the same
  // transaction as each change's outcome (decision 010).
  current_plate: string;
  current_zone: string;
  current_zone_id: string;
  current_valid_from: EpochMs;
  current_valid_until: EpochMs;
  current_permit_no: string | null;
  voided_at: EpochMs | null;
  corrected_at: EpochMs | null;
  change_count: number;
  /** A change still pending, or unknown without a finding: no other change may start meanwhile. */
  unsettled_change_id: string | null;
  /** The server process that sent it, whose lease keeps it pending (decision 013). */
  owner_instance_id: string | null;
  /** When recovery marked it interrupted; kept when OPSCOM's answer arrives after all. */
  recovered_at: EpochMs | null;
}

export interface JournalChangesTable {
  id: string;
  /** The permit's entry (its create). */
  permit_id: string;
  /** 0, 1, 2… per permit, in the order the changes were asked for. */
  sequence: number;
  created_at: EpochMs;
  actor: string;
  action: PermitChangeAction;
  reason: string;
  /** JSON text: `{ field: { before, after } }`, only the fields the change sets. */
  fields: string;
  /** JSON text: the wire body as sent, without the token. */
  sent_body: string;
  // The permit as it is once this change applies.
  plate: string;
  zone: string;
  zone_id: string;
  valid_from: EpochMs;
  valid_until: EpochMs;
  permit_no: string | null;
  state: PermitChangeState;
  opscom_http_status: number | null;
  opscom_raw_answer: string | null;
  opscom_error_code: number | null;
  outcome_reason: string | null;
  /** As on `journal_entries`. */
  outcome_detail: string | null;
  outcome_detail_json: string | null;
  opscom_ms: number | null;
  completed_at: EpochMs | null;
  idempotency_key: string | null;
  /** As on `journal_entries`. */
  owner_instance_id: string | null;
  recovered_at: EpochMs | null;
}

export interface JournalChangeReconciliationsTable {
  id: string;
  change_id: string;
  reconciled_at: EpochMs;
  reconciled_by: string;
  finding: ChangeFinding;
  note: string | null;
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

/** One per running server process, renewed while it runs (decision 013). */
export interface InstanceLeasesTable {
  instance_id: string;
  label: string;
  started_at: EpochMs;
  renewed_at: EpochMs;
  /** PostgreSQL: the database's clock; SQLite: the process's. */
  expires_at: EpochMs;
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

/** Booleans are 0 or 1 in integer columns: one representation on both dialects. */
type Flag = 0 | 1;

export interface UsersTable {
  id: string;
  /** As the person typed it when the account was made. */
  username: string;
  /** `normalizeUsername(username)`: unique, and what sign-in looks up. */
  username_key: string;
  display_name: string;
  role: Role;
  /** PHC string; never leaves the BFF. */
  password_hash: string;
  disabled: Flag;
  created_at: EpochMs;
  updated_at: EpochMs;
  password_changed_at: EpochMs;
}

export interface ZonesTable {
  id: string;
  /** Exactly as configured in OPSCOM. */
  name: string;
  /** `zoneNameKey(name)`: unique, so that "lot 4" cannot stand beside "Lot 4". */
  name_key: string;
  active: Flag;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface UserZonesTable {
  user_id: string;
  zone_id: string;
}

export interface TemplatesTable {
  id: string;
  /** Unique, whatever its capitals, among the zone's active templates. */
  name: string;
  zone_id: string;
  /** JSON text: a `ValidityDuration`. */
  duration: string;
  /** Two-decimal text, with its currency; both null for a free permit. */
  amount: string | null;
  currency: string | null;
  permit_number_pattern: string | null;
  /** The list is ordered by position, then name. */
  position: number;
  active: Flag;
  created_at: EpochMs;
  updated_at: EpochMs;
}

export interface SessionsTable {
  /** Hex SHA-256 of the token: the token itself is never stored. */
  id: string;
  user_id: string;
  created_at: EpochMs;
  last_seen_at: EpochMs;
  expires_at: EpochMs;
  ip: string | null;
  user_agent: string | null;
}

/** Sign-in attempts per username as typed (normalised) and client address. */
export interface SignInAttemptsTable {
  username_key: string;
  address: string;
  /** Attempts counted as failures, each counted before its password is checked. */
  failures: number;
  last_failure_at: EpochMs;
  locked_until: EpochMs;
}

/** Failed sign-ins per client address across usernames, as a GCRA budget. */
export interface SignInAddressBudgetTable {
  address: string;
  /** When the budget is whole again; each failure moves it one interval later. */
  full_at: EpochMs;
}

export interface AuditEventsTable {
  id: string;
  at: EpochMs;
  actor_id: string | null;
  actor_label: string;
  action: AuditAction;
  subject_type: string | null;
  subject_id: string | null;
  /** JSON text: `{ field: { before, after } }`. */
  changes: string | null;
  /** JSON text: facts about the event that are not changes (address, reason). */
  detail: string | null;
}

export const BATCH_STATES = ["ready", "running", "paused", "done"] as const;
export type BatchState = (typeof BATCH_STATES)[number];

/** A list issued on the server (decision 029). */
export interface BatchesTable {
  id: string;
  created_at: EpochMs;
  /** The member's user id. */
  created_by: string;
  /** The member's username: the journal's actor for every row. */
  actor: string;
  /** JSON text: the zone ids its rows are issued in. */
  zone_ids: string;
  template_id: string | null;
  /** JSON text: the values set for the whole list. */
  list_values: string;
  state: BatchState;
  /** The server process sending its rows (decision 013's lease). */
  owner_instance_id: string | null;
  row_count: number;
  sendable_count: number;
  started_at: EpochMs | null;
  finished_at: EpochMs | null;
  updated_at: EpochMs;
}

export interface BatchRowsTable {
  batch_id: string;
  position: number;
  plate: string;
  /** JSON text: the checked draft; null when the row was refused on arrival. */
  draft: string | null;
  zone_id: string | null;
  /** JSON text: the field problems of a row refused on arrival. */
  problems: string | null;
  idempotency_key: string | null;
}

export interface Database {
  batches: BatchesTable;
  batch_rows: BatchRowsTable;
  journal_entries: JournalEntriesTable;
  journal_reconciliations: JournalReconciliationsTable;
  journal_changes: JournalChangesTable;
  journal_change_reconciliations: JournalChangeReconciliationsTable;
  idempotency_keys: IdempotencyKeysTable;
  instance_leases: InstanceLeasesTable;
  users: UsersTable;
  zones: ZonesTable;
  user_zones: UserZonesTable;
  templates: TemplatesTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  sign_in_address_budget: SignInAddressBudgetTable;
  audit_events: AuditEventsTable;
}

export type DatabaseDialect = "sqlite" | "postgres";

export type PermitDeskDb = Kysely<Database>;
