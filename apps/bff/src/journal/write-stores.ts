import { randomUUID } from "node:crypto";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Kysely } from "kysely";
import type { AuditEventInput } from "../audit/audit-event.ts";
import { writeAuditEvent } from "../audit/audit-trail.ts";
import type { Clock } from "../clock.ts";
import type { Database, DatabaseDialect } from "../db/database.ts";
import type { Commit } from "../db/group-commit.ts";
import type { ChangeOutcome, OpscomOutcome } from "../opscom/outcome.ts";
import type {
  ChangeEntry,
  ChangeReconciliationEntry,
  ChangeReconciliationInput,
  PendingChange,
} from "./change-entry.ts";
import { changesOf } from "./change-reads.ts";
import { pendingRow } from "./entry-row.ts";
import {
  answerUnderKey,
  type ClaimedWith,
  claimWith,
  completeClaim,
  earlierClaim,
  type IdempotencyClaim,
  type JsonValue,
} from "./idempotency-keys.ts";
import type { JournalEntry, PendingEntry } from "./journal-entry.ts";
import { ChangeConflictError, JournalEntryNotFoundError } from "./journal-errors.ts";
import { getEntry, rowUnderKey } from "./journal-reads.ts";
import {
  insertPending,
  insertPendingChange,
  type JournalledOutcome,
  reconcileChange,
  recordOutcome,
  refreshProjection,
} from "./journal-writes.ts";
import { openInOneStatement, settleInOneStatement } from "./submission-statements.ts";

/** An answer to a write, as the route sends it and the key keeps it. */
export type WriteAnswer = { status: ContentfulStatusCode; body: JsonValue };

export type WriteStoreOptions = {
  clock: Clock;
  newId?: () => string;
  /** This server process: the rows it journals as pending are its own (see `Ownership`). */
  owner: string;
  dialect: DatabaseDialect;
  /** How the two commits are made: one shared by concurrent writes on SQLite (decision 023). */
  commit: Commit;
};

/** What one kind of write journals, and where: the only part of its two commits that differs. */
type JournalOf<Pending, Entry, Outcome, Args extends unknown[]> = {
  insert(
    trx: Kysely<Database>,
    pending: Pending,
    id: string,
    at: Date,
    owner: string,
    ...args: Args
  ): Promise<Entry>;
  outcome(outcome: Outcome): JournalledOutcome;
  byKey(
    db: Kysely<Database>,
    actor: string,
    key: string,
  ): Promise<{ id: string; state: string } | undefined>;
};

type Settling<Outcome, A> = {
  id: string;
  outcome: Outcome;
  key: { scope: string; key: string };
  audit: AuditEventInput;
  /** Runs in the outcome's commit once it is recorded (a change brings its permit in line). */
  afterRecorded?(trx: Kysely<Database>): Promise<void>;
  /** This request's answer, from what the commit leaves. */
  answer(trx: Kysely<Database>): Promise<A>;
  /** What the key keeps of it; undefined frees the key (nothing reached OPSCOM). */
  kept(answer: A): { status: number; body: JsonValue } | undefined;
};

/**
 * The two commits of every write to OPSCOM, whatever it journals: the key's claim with the
 * pending row before anything is sent, and the outcome with its audit event and the key's
 * answer after. Each commit is durable when it resolves, so a crash leaves both halves or neither.
 */
function writeCommits<Pending, Entry, Outcome, Args extends unknown[] = []>(
  db: Kysely<Database>,
  journal: JournalOf<Pending, Entry, Outcome, Args>,
  options: WriteStoreOptions,
) {
  const { clock, owner, commit: durably } = options;
  const newId = options.newId ?? randomUUID;
  return {
    /** Claims the key and journals the row as pending, in one commit; else says why not. */
    async open(
      claim: IdempotencyClaim,
      pending: Pending,
      ...args: Args
    ): Promise<ClaimedWith<Entry> | { kind: "conflict" }> {
      const now = clock();
      try {
        return await claimWith(
          db,
          claim,
          now,
          (trx) => journal.insert(trx, pending, newId(), now, owner, ...args),
          durably,
        );
      } catch (error) {
        if (error instanceof ChangeConflictError) return { kind: "conflict" };
        throw error;
      }
    },

    /** What an earlier request under this key left, for a write that stops before opening. */
    earlier: (claim: IdempotencyClaim) => earlierClaim(db, claim),

    /** Records the outcome, its audit event and the key's answer in one commit. */
    commit<A>(settling: Settling<Outcome, A>): Promise<{ recorded: boolean; answer: A }> {
      const now = clock();
      return durably(async (trx) => {
        const recorded = await recordOutcome(
          trx,
          settling.id,
          journal.outcome(settling.outcome),
          now,
        );
        if (recorded) await settling.afterRecorded?.(trx);
        await writeAuditEvent(trx, settling.audit, { clock: () => now, newId });
        const answer = await settling.answer(trx);
        await answerUnderKey(trx, settling.key, settling.kept(answer), now, { recorded });
        return { recorded, answer };
      });
    },

    /**
     * The answer for a key left claimed by a process that stopped mid-request, once recovery
     * has called its row `unknown`: kept under the key, so a retry learns what is known instead
     * of waiting forever. Undefined while the row is still pending.
     */
    async settledByRecovery(
      claim: IdempotencyClaim,
      actor: string,
      unconfirmed: (journalId: string) => WriteAnswer,
    ): Promise<WriteAnswer | undefined> {
      const row = await journal.byKey(db, actor, claim.key);
      if (row === undefined || row.state !== "unknown") return undefined;
      const answer = unconfirmed(row.id);
      await completeClaim(db, { scope: claim.scope, key: claim.key, ...answer }, clock());
      return answer;
    },
  };
}

export type Settlement = {
  entryId: string;
  outcome: OpscomOutcome;
  key: { scope: string; key: string };
  /** The answer to replay under the key; undefined frees the key (nothing reached OPSCOM). */
  answer: { status: number; body: JsonValue } | undefined;
  audit: AuditEventInput;
};

/** A permit's creates, journalled in `journal_entries`. */
export type Submissions = Omit<
  ReturnType<typeof writeCommits<PendingEntry, JournalEntry, OpscomOutcome>>,
  "commit"
> & {
  /** Records the outcome, its audit event and the key's answer in one commit. */
  settle(settlement: Settlement): Promise<boolean>;
};

export function createSubmissions(db: Kysely<Database>, options: WriteStoreOptions): Submissions {
  const { commit, ...writes } = writeCommits(
    db,
    {
      insert: insertPending,
      outcome: (outcome: OpscomOutcome) => ({ table: "journal_entries", outcome }),
      byKey: (db, actor, key) => rowUnderKey(db, "journal_entries", actor, key),
    },
    options,
  );
  if (options.dialect === "postgres") {
    // The same two commits, each in one statement (decision 023).
    const { clock, owner } = options;
    const newId = options.newId ?? randomUUID;
    return {
      ...writes,
      open: (claim, pending) =>
        openInOneStatement(db, claim, pendingRow(pending, newId(), clock(), owner)),
      settle: (settlement) => settleInOneStatement(db, settlement, { id: newId(), at: clock() }),
    };
  }
  return {
    ...writes,
    async settle({ entryId, answer, ...settlement }) {
      const settled = await commit({
        ...settlement,
        id: entryId,
        answer: async () => answer,
        kept: (kept) => kept,
      });
      return settled.recorded;
    },
  };
}

export type ChangeSettlement = {
  change: Pick<ChangeEntry, "id" | "permitId">;
  outcome: ChangeOutcome;
  key: { scope: string; key: string };
  /** The answer, from the permit and its changes as this commit leaves them. */
  respond(permit: JournalEntry, changes: ChangeEntry[]): WriteAnswer;
  /** Nothing reached OPSCOM: the key is freed instead of answering, so it may run again. */
  freeKey: boolean;
  audit: AuditEventInput;
};

/**
 * A permit's corrections and voids, journalled in `journal_changes`. Opening one marks its permit
 * as changing: `conflict`, claiming nothing, when the permit was voided, has an unsettled change,
 * or has had changes since the caller counted `changeCount`. Settling one brings the permit's
 * projection in line in the same commit.
 */
export type PermitChanges = Omit<
  ReturnType<typeof writeCommits<PendingChange, ChangeEntry, ChangeOutcome, [changeCount: number]>>,
  "commit"
> & {
  /** Records the outcome, the projection, the audit event and the key's answer in one commit. */
  settle(settlement: ChangeSettlement): Promise<WriteAnswer>;
  /** Adds staff's finding on an unknown change and brings the projection in line, in one commit. */
  reconcile(
    permitId: string,
    changeId: string,
    input: ChangeReconciliationInput,
  ): Promise<ChangeReconciliationEntry>;
};

async function permitAndChanges(trx: Kysely<Database>, permitId: string) {
  const permit = await getEntry(trx, permitId);
  if (permit === undefined) throw new JournalEntryNotFoundError(permitId);
  return { permit, changes: await changesOf(trx, permitId) };
}

export function createPermitChanges(
  db: Kysely<Database>,
  options: WriteStoreOptions,
): PermitChanges {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  const { commit, ...writes } = writeCommits(
    db,
    {
      insert: (trx, change: PendingChange, id, at, owner, changeCount: number) =>
        insertPendingChange(trx, change, id, at, changeCount, owner),
      outcome: (outcome: ChangeOutcome) => ({ table: "journal_changes", outcome }),
      byKey: (db, actor, key) => rowUnderKey(db, "journal_changes", actor, key),
    },
    options,
  );
  return {
    ...writes,
    async settle({ change, respond, freeKey, ...settlement }) {
      const settled = await commit({
        ...settlement,
        id: change.id,
        afterRecorded: (trx) => refreshProjection(trx, change.permitId),
        answer: async (trx) => {
          const { permit, changes } = await permitAndChanges(trx, change.permitId);
          return respond(permit, changes);
        },
        kept: (answer) => (freeKey ? undefined : answer),
      });
      return settled.answer;
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
