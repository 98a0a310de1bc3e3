import type { Kysely, Updateable } from "kysely";
import { builtOnce, insertRow } from "../db/built-once.ts";
import type { Database, JournalChangesTable } from "../db/database.ts";
import type { ChangeOutcome, OpscomOutcome } from "../opscom/outcome.ts";
import type {
  ChangeEntry,
  ChangeReconciliationEntry,
  ChangeReconciliationInput,
  PendingChange,
} from "./change-entry.ts";
import { changesOf } from "./change-reads.ts";
import { changeOf, changeReconciliationOf, pendingChangeRow } from "./change-row.ts";
import { entryOf, pendingRow, reconciliationOf } from "./entry-row.ts";
import type {
  JournalEntry,
  PendingEntry,
  Reconciliation,
  ReconciliationInput,
} from "./journal-entry.ts";
import {
  ChangeConflictError,
  JournalEntryNotFoundError,
  JournalStateError,
} from "./journal-errors.ts";
import { outcomeColumns } from "./outcome-columns.ts";
import { deriveProjection, projectionColumns, submittedFactsOf } from "./permit-projection.ts";

/**
 * A statement outside a transaction commits before it resolves, on both dialects. `owner` is the
 * server process that will send it (see `Ownership`).
 */
export async function insertPending(
  db: Kysely<Database>,
  entry: PendingEntry,
  id: string,
  createdAt: Date,
  owner: string | null,
): Promise<JournalEntry> {
  const row = pendingRow(entry, id, createdAt, owner);
  await insertRow(db, "journal_entries", row);
  return entryOf(row, []);
}

/** An outcome for the journal it belongs to: a permit's create, or one of its changes. */
export type JournalledOutcome =
  | { table: "journal_entries"; outcome: OpscomOutcome }
  | { table: "journal_changes"; outcome: ChangeOutcome };

/** The columns an outcome sets on its row. */
export function recordedColumns({ table, outcome }: JournalledOutcome, completedAt: Date) {
  return {
    ...outcomeColumns(outcome),
    ...(table === "journal_entries" && {
      reference_id: outcome.kind === "issued" ? outcome.referenceId : null,
    }),
    completed_at: completedAt.getTime(),
  };
}

/** The row's id among the values of `recordOutcome`'s statement: no column is named so. */
const ROW_ID = "row id";

/**
 * Records OPSCOM's outcome on a pending row, of either journal. False, changing nothing, when the
 * row is no longer pending; throws when there is no such row.
 */
export async function recordOutcome(
  db: Kysely<Database>,
  id: string,
  journalled: JournalledOutcome,
  completedAt: Date,
): Promise<boolean> {
  const { table } = journalled;
  const columns = recordedColumns(journalled, completedAt);
  // Both journals share these columns; only their success state is named differently.
  // Kysely leaves a column out when its value is undefined; so does the statement's shape.
  const set = Object.fromEntries(
    Object.entries(columns).filter(([, value]) => value !== undefined),
  );
  const values = { ...set, [ROW_ID]: id };
  const result = await builtOnce(db, `record outcome in ${table}`, values, (placeholders) => {
    const { [ROW_ID]: rowId, ...columnsSet } = placeholders;
    return (
      db
        .updateTable(table as "journal_changes")
        .set(columnsSet as Updateable<JournalChangesTable>)
        .where("id", "=", rowId as string)
        // A row recovered as interrupted while its request was in fact still awaited (another
        // process's start-up, say) takes OPSCOM's real answer: it is better evidence than "unknown".
        .where((eb) =>
          eb.or([
            eb("state", "=", "pending"),
            eb.and([eb("state", "=", "unknown"), eb("outcome_reason", "=", "interrupted")]),
          ]),
        )
    );
  });
  if ((result.numAffectedRows ?? 0n) > 0n) return true;
  const row = await db
    .selectFrom(table as "journal_changes")
    .select("id")
    .where("id", "=", id)
    .executeTakeFirst();
  if (row === undefined) throw new JournalEntryNotFoundError(id);
  return false;
}

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

/**
 * Only a permit or change OPSCOM never confirmed takes a finding. `unknown` is final, so the
 * check and the finding's insert need no transaction between them.
 */
async function mustBeUnknown(
  db: Kysely<Database>,
  table: "journal_entries" | "journal_changes",
  id: string,
): Promise<void> {
  const found = await db
    .selectFrom(table as "journal_changes")
    .select("state")
    .where("id", "=", id)
    .executeTakeFirst();
  if (found === undefined) throw new JournalEntryNotFoundError(id);
  if (found.state !== "unknown") throw new JournalStateError(id, found.state, "reconcile it");
}

/** Adds staff's finding to an `unknown` entry; the entry's own facts stay as recorded. */
export async function reconcile(
  db: Kysely<Database>,
  entryId: string,
  input: ReconciliationInput,
  reconciliation: { id: string; at: Date },
): Promise<Reconciliation> {
  await mustBeUnknown(db, "journal_entries", entryId);
  const row = {
    id: reconciliation.id,
    entry_id: entryId,
    reconciled_at: reconciliation.at.getTime(),
    reconciled_by: input.by,
    finding: input.finding,
    reference_id: input.finding === "exists" ? input.referenceId : null,
    note: input.note ?? null,
  };
  await db.insertInto("journal_reconciliations").values(row).execute();
  return reconciliationOf(row);
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
  await mustBeUnknown(db, "journal_changes", changeId);
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
