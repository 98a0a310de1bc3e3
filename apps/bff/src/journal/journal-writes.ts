import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";
import { entryOf, pendingRow, reconciliationOf } from "./entry-row.ts";
import type {
  JournalEntry,
  PendingEntry,
  Reconciliation,
  ReconciliationInput,
} from "./journal-entry.ts";
import { JournalEntryNotFoundError, JournalStateError } from "./journal-errors.ts";
import { getEntry } from "./journal-reads.ts";
import { outcomeColumns } from "./outcome-columns.ts";

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
  await db.insertInto("journal_entries").values(row).execute();
  return entryOf(row, []);
}

export async function recordOutcome(
  db: Kysely<Database>,
  id: string,
  outcome: OpscomOutcome,
  completedAt: Date,
): Promise<boolean> {
  const result = await db
    .updateTable("journal_entries")
    .set({ ...outcomeColumns(outcome), completed_at: completedAt.getTime() })
    .where("id", "=", id)
    // An entry recovered as interrupted while its request was in fact still awaited (another
    // process's start-up, say) takes OPSCOM's real answer: it is better evidence than "unknown".
    .where((eb) =>
      eb.or([
        eb("state", "=", "pending"),
        eb.and([eb("state", "=", "unknown"), eb("outcome_reason", "=", "interrupted")]),
      ]),
    )
    .executeTakeFirst();
  if (result.numUpdatedRows > 0n) return true;
  if ((await getEntry(db, id)) === undefined) throw new JournalEntryNotFoundError(id);
  return false;
}

/** `unknown` is final, so the check and the insert need no transaction between them. */
export async function reconcile(
  db: Kysely<Database>,
  entryId: string,
  input: ReconciliationInput,
  reconciliation: { id: string; at: Date },
): Promise<Reconciliation> {
  const entry = await getEntry(db, entryId);
  if (entry === undefined) throw new JournalEntryNotFoundError(entryId);
  if (entry.state !== "unknown") throw new JournalStateError(entryId, entry.state, "reconcile it");
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
