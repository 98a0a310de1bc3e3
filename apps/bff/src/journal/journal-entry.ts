import type { OutcomeDetail, PermitDraft } from "@permit-desk/schema";
import type { JournalState, ReconciliationFinding } from "../db/database.ts";

export type { JournalState, ReconciliationFinding };

/** What the BFF knows before it sends a permit to OPSCOM. */
export type PendingEntry = {
  /** Who submitted it: the staff member, or the client address until sign-in exists. */
  actor: string;
  draft: PermitDraft;
  /** The zone `draft.zone` names, by identity: rights follow it, not the name (decision 016). */
  zoneId: string;
  /** The wire body exactly as sent, without the token. */
  sentBody: Record<string, unknown>;
  idempotencyKey?: string;
};

/** A staff member's finding on a submission whose outcome OPSCOM never confirmed. */
export type Reconciliation = {
  id: string;
  reconciledAt: Date;
  reconciledBy: string;
  finding: ReconciliationFinding;
  /** OPSCOM's reference, when the permit was found to exist. */
  referenceId?: string;
  note?: string;
};

export type ReconciliationInput =
  | { by: string; finding: "exists"; referenceId: string; note?: string }
  | { by: string; finding: "absent"; note?: string };

/** The facts of a permit that its changes may correct. */
export type PermitFacts = {
  plate: string;
  /** The zone's name as sent to OPSCOM. */
  zone: string;
  zoneId: string;
  validFrom: Date;
  validUntil: Date;
  permitNo?: string;
};

/** What a permit's changes have made of it; see `deriveProjection`. */
export type Projection = {
  current: PermitFacts;
  voidedAt?: Date;
  correctedAt?: Date;
  changeCount: number;
  /** A change still pending, or unknown without a finding. */
  unsettledChangeId?: string;
};

/** What OPSCOM's answer left on a permit's entry or a change alike (see `outcomeOfRow`). */
export type RecordedOutcome = {
  opscomHttpStatus?: number;
  opscomRawAnswer?: string;
  opscomErrorCode?: number;
  /** Why the outcome is `unknown`: one of UNCONFIRMED_REASONS. */
  outcomeReason?: string;
  /** What Permit Desk recorded of the outcome, by code; older rows' text as `recorded_text`. */
  outcomeDetail?: OutcomeDetail;
  opscomMs?: number;
  completedAt?: Date;
  idempotencyKey?: string;
  /** When recovery called it interrupted; kept when OPSCOM's answer arrived after all. */
  recoveredAt?: Date;
};

/** One permit submission and what became of it. */
export type JournalEntry = Projection &
  RecordedOutcome & {
    id: string;
    createdAt: Date;
    actor: string;
    /** The draft as the BFF parsed it. Kept loose so that old rows stay readable as the form evolves. */
    draft: Record<string, unknown>;
    sentBody: Record<string, unknown>;
    plate: string;
    /** The zone's name as sent to OPSCOM. */
    zone: string;
    zoneId: string;
    validFrom: Date;
    validUntil: Date;
    amount?: string;
    currency?: string;
    permitNo?: string;
    state: JournalState;
    referenceId?: string;
    /** Staff findings, oldest first; only entries once `unknown` have any. */
    reconciliations: Reconciliation[];
  };
