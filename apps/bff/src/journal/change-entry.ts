import type {
  ChangeableField,
  ChangeFinding,
  PermitChangeAction,
  PermitChangeState,
} from "@permit-desk/schema";
import type { PermitFacts, RecordedOutcome } from "./journal-entry.ts";

export type FieldChange = { before: string | null; after: string | null };
/** Only the fields a change sets, in their API form (instants as ISO text). */
export type ChangeFields = Partial<Record<ChangeableField, FieldChange>>;

/** What the BFF knows of a correction or a void before it goes to OPSCOM. */
export type PendingChange = {
  permitId: string;
  /** The member's username. */
  actor: string;
  action: PermitChangeAction;
  reason: string;
  fields: ChangeFields;
  /** The wire body exactly as sent, without the token. */
  sentBody: Record<string, unknown>;
  /** The permit as it is once the change applies (for a void, as it was). */
  after: PermitFacts;
  idempotencyKey: string;
};

export type ChangeReconciliationEntry = {
  id: string;
  reconciledAt: Date;
  reconciledBy: string;
  finding: ChangeFinding;
  note?: string;
};

/** One correction or void of a permit and what became of it. */
export type ChangeEntry = Omit<PendingChange, "idempotencyKey"> &
  RecordedOutcome & {
    id: string;
    /** 0, 1, 2… per permit, in the order the changes were asked for. */
    sequence: number;
    createdAt: Date;
    state: PermitChangeState;
    /** Staff findings, oldest first; only changes once `unknown` have any. */
    reconciliations: ChangeReconciliationEntry[];
  };

export type ChangeReconciliationInput = { by: string; finding: ChangeFinding; note?: string };
