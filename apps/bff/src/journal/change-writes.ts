import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";
import type {
  ChangeEntry,
  ChangeReconciliationEntry,
  ChangeReconciliationInput,
  PendingChange,
} from "./change-entry.ts";
import { changesOf, getChange } from "./change-reads.ts";
import {
  changeOf,
  changeOutcomeColumns,
  changeReconciliationOf,
  pendingChangeRow,
} from "./change-row.ts";
import {
  ChangeConflictError,
  JournalEntryNotFoundError,
  JournalStateError,
} from "./journal-errors.ts";
import { deriveProjection, projectionColumns, submittedFactsOf } from "./permit-projection.ts";

/**
 * Journals a change as pending and marks it the permit's unsettled change, in the caller's
 * transaction. Throws ChangeConflictError, writing nothing, when the permit is voided, has an
 * unsettled change, or has had other changes since the caller counted `changeCount`.
 */
export async function insertPendingChange(
  db: Kysely<Database>,
  change: PendingChange,
  id: string,
  createdAt: Date,
  changeCount: number,
  owner: string | null,
): Promise<ChangeEntry> {
  const marked = await db
    .updateTable("journal_entries")
    .set((eb) => ({ change_count: eb("change_count", "+", 1), unsettled_change_id: id }))
    .where("id", "=", change.permitId)
    .where("change_count", "=", changeCount)
    .where("unsettled_change_id", "is", null)
    .where("voided_at", "is", null)
    .executeTakeFirst();
  if (marked.numUpdatedRows === 0n) throw new ChangeConflictError(change.permitId);
  const row = pendingChangeRow(change, id, changeCount, createdAt, owner);
  await db.insertInto("journal_changes").values(row).execute();
  return changeOf(row, []);
}

/** Like a create's outcome: only on a pending change, or one recovered as interrupted meanwhile. */
export async function recordChangeOutcome(
  db: Kysely<Database>,
  id: string,
  outcome: ChangeOutcome,
  completedAt: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("journal_changes")
    .set({ ...changeOutcomeColumns(outcome), completed_at: completedAt.getTime() })
    .where("id", "=", id)
    .where((eb) =>
      eb.or([
        eb("state", "=", "pending"),
        eb.and([eb("state", "=", "unknown"), eb("outcome_reason", "=", "interrupted")]),
      ]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Rewrites the permit's projection from its entries, in the caller's transaction. The entry's
 * row is written first so that, on PostgreSQL, a concurrent refresh waits for this one's commit
 * instead of deriving from what it cannot see yet.
 */
export async function refreshProjection(db: Kysely<Database>, permitId: string): Promise<void> {
  const locked = await db
    .updateTable("journal_entries")
    .set((eb) => ({ change_count: eb.ref("change_count") }))
    .where("id", "=", permitId)
    .executeTakeFirst();
  if (locked.numUpdatedRows === 0n) throw new JournalEntryNotFoundError(permitId);
  const row = await db
    .selectFrom("journal_entries")
    .selectAll()
    .where("id", "=", permitId)
    .executeTakeFirstOrThrow();
  const projection = deriveProjection(submittedFactsOf(row), await changesOf(db, permitId));
  await db
    .updateTable("journal_entries")
    .set(projectionColumns(projection))
    .where("id", "=", permitId)
    .execute();
}

/** Adds staff's finding to an `unknown` change; the change's own facts stay as recorded. */
export async function reconcileChange(
  db: Kysely<Database>,
  changeId: string,
  input: ChangeReconciliationInput,
  reconciliation: { id: string; at: Date },
): Promise<ChangeReconciliationEntry> {
  const change = await getChange(db, changeId);
  if (change === undefined) throw new JournalEntryNotFoundError(changeId);
  if (change.state !== "unknown") {
    throw new JournalStateError(changeId, change.state, "reconcile it");
  }
  const row = {
    id: reconciliation.id,
    change_id: changeId,
    reconciled_at: reconciliation.at.getTime(),
    reconciled_by: input.by,
    finding: input.finding,
    note: input.note ?? null,
  };
  await db.insertInto("journal_change_reconciliations").values(row).execute();
  return changeReconciliationOf(row);
}
