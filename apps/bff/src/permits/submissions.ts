import { randomUUID } from "node:crypto";
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
import type { JournalEntry, PendingEntry } from "../journal/journal-entry.ts";
import { insertPending, recordOutcome } from "../journal/journal-writes.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";

export type Settlement = {
  entryId: string;
  outcome: OpscomOutcome;
  key: { scope: string; key: string };
  /** The answer to replay under the key; undefined frees the key (nothing reached OPSCOM). */
  answer: { status: number; body: JsonValue } | undefined;
  audit: AuditEventInput;
};

/**
 * A permit submission's writes, two commits in all: the key's claim with the pending entry
 * before anything is sent, and the outcome with its audit event and the key's answer after.
 * Each commit is durable when it resolves, so a crash leaves either both halves or neither.
 */
export type Submissions = {
  /** Claims the key and journals the entry as pending, in one commit; else says why not. */
  open(claim: IdempotencyClaim, entry: PendingEntry): Promise<ClaimedWith<JournalEntry>>;
  /** What an earlier request under this key left, for a submission that stops before opening. */
  earlier(claim: IdempotencyClaim): ReturnType<typeof earlierClaim>;
  /** Records the outcome, its audit event and the key's answer in one commit. */
  settle(settlement: Settlement): Promise<boolean>;
};

export type SubmissionsOptions = {
  clock: Clock;
  newId?: () => string;
  /** This server process: the entries it journals as pending are its own (see `Ownership`). */
  owner: string;
};

export function createSubmissions(db: Kysely<Database>, options: SubmissionsOptions): Submissions {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  return {
    open(claim, entry) {
      const now = clock();
      return claimWith(db, claim, now, (trx) =>
        insertPending(trx, entry, newId(), now, options.owner),
      );
    },

    earlier: (claim) => earlierClaim(db, claim),

    settle(settlement) {
      const now = clock();
      return db.transaction().execute(async (trx) => {
        const recorded = await recordOutcome(trx, settlement.entryId, settlement.outcome, now);
        await writeAuditEvent(trx, settlement.audit, { clock: () => now, newId });
        await answerUnderKey(trx, settlement.key, settlement.answer, now, { recorded });
        return recorded;
      });
    },
  };
}
