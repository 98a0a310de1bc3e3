import type { ExpressionBuilder, Kysely, Selectable } from "kysely";
import type { Database, JournalEntriesTable } from "../db/database.ts";
import { entryOf, reconciliationOf } from "./entry-row.ts";
import type { JournalEntry, Reconciliation } from "./journal-entry.ts";

/** The finding of an entry's most recent reconciliation, as a subquery of an entry query. */
export function latestFinding(eb: ExpressionBuilder<Database, "journal_entries">) {
  return eb
    .selectFrom("journal_reconciliations")
    .select("journal_reconciliations.finding")
    .whereRef("journal_reconciliations.entry_id", "=", "journal_entries.id")
    .orderBy("journal_reconciliations.reconciled_at", "desc")
    .orderBy("journal_reconciliations.id", "desc")
    .limit(1);
}

async function reconciliationsByEntry(
  db: Kysely<Database>,
  entryIds: string[],
): Promise<Map<string, Reconciliation[]>> {
  const byEntry = new Map<string, Reconciliation[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await db
    .selectFrom("journal_reconciliations")
    .selectAll()
    .where("entry_id", "in", entryIds)
    .orderBy("reconciled_at")
    .orderBy("id")
    .execute();
  for (const row of rows) {
    byEntry.set(row.entry_id, [...(byEntry.get(row.entry_id) ?? []), reconciliationOf(row)]);
  }
  return byEntry;
}

/**
 * Entries for rows, each with its findings; only entries once `unknown` can have any: unknown
 * now, or recovered as interrupted before OPSCOM's answer came after all.
 */
export async function entriesWithReconciliations(
  db: Kysely<Database>,
  rows: Selectable<JournalEntriesTable>[],
): Promise<JournalEntry[]> {
  const unknownIds = rows
    .filter((row) => row.state === "unknown" || row.recovered_at !== null)
    .map((row) => row.id);
  const reconciliations = await reconciliationsByEntry(db, unknownIds);
  return rows.map((row) => entryOf(row, reconciliations.get(row.id) ?? []));
}
