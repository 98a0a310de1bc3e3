import type { OutcomeDetail, UnconfirmedReason } from "@permit-desk/schema";

/** What became of one call to OPSCOM. */
export type OpscomOutcome =
  /** OPSCOM confirmed: the permit exists under this reference. */
  | {
      kind: "issued";
      referenceId: string;
      httpStatus: number;
      rawAnswer: string;
      durationMs: number;
    }
  /** OPSCOM answered and said no: nothing was made. */
  | {
      kind: "rejected";
      errorCode: number | undefined;
      errorMessage: string;
      httpStatus: number;
      rawAnswer: string;
      durationMs: number;
    }
  /** No usable answer after the request may have arrived: the permit may or may not exist. */
  | {
      kind: "unknown";
      reason: Exclude<UnconfirmedReason, "interrupted">;
      detail: OutcomeDetail;
      httpStatus: number | undefined;
      rawAnswer: string | undefined;
      durationMs: number;
    }
  /** The request provably never left (connection refused, name not resolved): safe to send again. */
  | { kind: "not_sent"; detail: OutcomeDetail; attempts: number; durationMs: number };

/**
 * What became of one Permit Update or Delete: `applied` when OPSCOM said success. Its answer is
 * only published for Delete ("like create"); a success without a reference counts too.
 */
export type ChangeOutcome =
  | { kind: "applied"; httpStatus: number; rawAnswer: string; durationMs: number }
  | Exclude<OpscomOutcome, { kind: "issued" }>;

/** The outcomes that say nothing of what OPSCOM decided. */
export type UnansweredOutcome = Extract<OpscomOutcome, { kind: "unknown" | "not_sent" }>;

export type OpscomAnswer = { httpStatus: number; contentType: string; body: string };
