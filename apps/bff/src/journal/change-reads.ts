import type { Kysely, Selectable } from "kysely";
import type { Database, JournalChangesTable } from "../db/database.ts";
import type { ChangeEntry, ChangeReconciliationEntry } from "./change-entry.ts";
import { changeOf, changeReconciliationOf } from "./change-row.ts";

async function findingsByChange(
  db: Kysely<Database>,
  changeIds: string[],
): Promise<Map<string, ChangeReconciliationEntry[]>> {
  const byChange = new Map<string, ChangeReconciliationEntry[]>();
  if (changeIds.length === 0) return byChange;
  const rows = await db
    .selectFrom("journal_change_reconciliations")
    .selectAll()
    .where("change_id", "in", changeIds)
    .orderBy("reconciled_at")
    .orderBy("id")
    .execute();
  for (const row of rows) {
    byChange.set(row.change_id, [
      ...(byChange.get(row.change_id) ?? []),
      changeReconciliationOf(row),
    ]);
  }
  return byChange;
}

/** Changes for rows, each with its findings; only changes once `unknown` can have any. */
async function changesWithFindings(
  db: Kysely<Database>,
  rows: Selectable<JournalChangesTable>[],
): Promise<ChangeEntry[]> {
  const unknownIds = rows
    .filter((row) => row.state === "unknown" || row.recovered_at !== null)
    .map((row) => row.id);
  const findings = await findingsByChange(db, unknownIds);
  return rows.map((row) => changeOf(row, findings.get(row.id) ?? []));
}

/** A permit's corrections and voids, oldest first. */
export async function changesOf(db: Kysely<Database>, permitId: string): Promise<ChangeEntry[]> {
  const rows = await db
    .selectFrom("journal_changes")
    .selectAll()
    .where("permit_id", "=", permitId)
    .orderBy("sequence")
    .execute();
  return changesWithFindings(db, rows);
}

/** The changes of each of these permits, oldest first; a permit with none is left out. */
export async function changesByPermit(
  db: Kysely<Database>,
  permitIds: readonly string[],
): Promise<Map<string, ChangeEntry[]>> {
  const byPermit = new Map<string, ChangeEntry[]>();
  if (permitIds.length === 0) return byPermit;
  const rows = await db
    .selectFrom("journal_changes")
    .selectAll()
    .where("permit_id", "in", permitIds)
    .orderBy("permit_id")
    .orderBy("sequence")
    .execute();
  for (const change of await changesWithFindings(db, rows)) {
    byPermit.set(change.permitId, [...(byPermit.get(change.permitId) ?? []), change]);
  }
  return byPermit;
}

export async function getChange(
  db: Kysely<Database>,
  id: string,
): Promise<ChangeEntry | undefined> {
  const rows = await db.selectFrom("journal_changes").selectAll().where("id", "=", id).execute();
  const [change] = await changesWithFindings(db, rows);
  return change;
}
