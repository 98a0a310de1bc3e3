import { randomUUID } from "node:crypto";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Kysely } from "kysely";
import type { AuditEventInput } from "../audit/audit-event.ts";
import { writeAuditEvent } from "../audit/audit-trail.ts";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import {
  answerUnderKey,
  type ClaimedWith,
  claimWith,
  earlierClaim,
  type IdempotencyClaim,
  type JsonValue,
} from "../idempotency/idempotency-keys.ts";
import type {
  ChangeEntry,
  ChangeReconciliationEntry,
  ChangeReconciliationInput,
  PendingChange,
} from "../journal/change-entry.ts";
import { changesOf } from "../journal/change-reads.ts";
import {
  insertPendingChange,
  reconcileChange,
  recordChangeOutcome,
  refreshProjection,
} from "../journal/change-writes.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { ChangeConflictError, JournalEntryNotFoundError } from "../journal/journal-errors.ts";
import { getEntry } from "../journal/journal-reads.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";

export type ChangeAnswer = { status: ContentfulStatusCode; body: JsonValue };

export type ChangeSettlement = {
  change: Pick<ChangeEntry, "id" | "permitId">;
  outcome: ChangeOutcome;
  key: { scope: string; key: string };
  /** The answer, from the permit and its changes as this commit leaves them. */
  respond(permit: JournalEntry, changes: ChangeEntry[]): ChangeAnswer;
  /** Nothing reached OPSCOM: the key is freed instead of answering, so it may run again. */
  freeKey: boolean;
  audit: AuditEventInput;
};

/**
 * A change's writes, two commits as for a create (see `Submissions`): the key's claim, the
 * pending change and the permit's mark that a change is under way, before anything is sent; then
 * the outcome, the permit's projection, the audit event and the key's answer.
 */
export type PermitChanges = {
  /**
   * Claims the key and journals the change as pending, in one commit. `conflict`, claiming
   * nothing, when the permit was voided, has an unsettled change, or has had changes since the
   * caller counted `changeCount`.
   */
  open(
    claim: IdempotencyClaim,
    change: PendingChange,
    changeCount: number,
  ): Promise<ClaimedWith<ChangeEntry> | { kind: "conflict" }>;
  /** What an earlier request under this key left, for a change that stops before opening. */
  earlier(claim: IdempotencyClaim): ReturnType<typeof earlierClaim>;
  /** Records the outcome, the projection, the audit event and the key's answer in one commit. */
  settle(settlement: ChangeSettlement): Promise<ChangeAnswer>;
  /** Adds staff's finding on an unknown change and brings the projection in line, in one commit. */
  reconcile(
    permitId: string,
    changeId: string,
    input: ChangeReconciliationInput,
  ): Promise<ChangeReconciliationEntry>;
};

export type PermitChangesOptions = {
  clock: Clock;
  newId?: () => string;
  /** This server process: the changes it journals as pending are its own (see `Ownership`). */
  owner: string;
};

async function permitAndChanges(trx: Kysely<Database>, permitId: string) {
  const permit = await getEntry(trx, permitId);
  if (permit === undefined) throw new JournalEntryNotFoundError(permitId);
  return { permit, changes: await changesOf(trx, permitId) };
}

export function createPermitChanges(
  db: Kysely<Database>,
  options: PermitChangesOptions,
): PermitChanges {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  return {
    async open(claim, change, changeCount) {
      const now = clock();
      try {
        return await claimWith(db, claim, now, (trx) =>
          insertPendingChange(trx, change, newId(), now, changeCount, options.owner),
        );
      } catch (error) {
        if (error instanceof ChangeConflictError) return { kind: "conflict" };
        throw error;
      }
    },

    earlier: (claim) => earlierClaim(db, claim),

    settle(settlement) {
      const now = clock();
      const { change } = settlement;
      return db.transaction().execute(async (trx) => {
        const recorded = await recordChangeOutcome(trx, change.id, settlement.outcome, now);
        if (recorded) await refreshProjection(trx, change.permitId);
        await writeAuditEvent(trx, settlement.audit, { clock: () => now, newId });
        const { permit, changes } = await permitAndChanges(trx, change.permitId);
        const answer = settlement.respond(permit, changes);
        await answerUnderKey(trx, settlement.key, settlement.freeKey ? undefined : answer, now, {
          recorded,
        });
        return answer;
      });
    },

    reconcile(permitId, changeId, input) {
      const at = clock();
      return db.transaction().execute(async (trx) => {
        const finding = await reconcileChange(trx, changeId, input, { id: newId(), at });
        await refreshProjection(trx, permitId);
        return finding;
      });
    },
  };
}
