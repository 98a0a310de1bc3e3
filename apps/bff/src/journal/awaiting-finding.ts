import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { AwaitingFinding } from "../operations/metrics.ts";

/**
 * Permits and changes OPSCOM did not confirm (`unknown`) with no finding recorded yet: what staff
 * still have to look up in OPSCOM. Read through the index on `state`.
 */
export async function countAwaitingFinding(db: Kysely<Database>): Promise<AwaitingFinding> {
  const [permits, changes] = await Promise.all([
    db
      .selectFrom("journal_entries")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("state", "=", "unknown")
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("journal_reconciliations")
              .select("journal_reconciliations.id")
              .whereRef("journal_reconciliations.entry_id", "=", "journal_entries.id"),
          ),
        ),
      )
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("journal_changes")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("state", "=", "unknown")
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("journal_change_reconciliations")
              .select("journal_change_reconciliations.id")
              .whereRef("journal_change_reconciliations.change_id", "=", "journal_changes.id"),
          ),
        ),
      )
      .executeTakeFirstOrThrow(),
  ]);
  return { permits: Number(permits.count), changes: Number(changes.count) };
}
