import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import type { AwaitingFinding } from "../operations/metrics.ts";

/**
 * Permits and changes OPSCOM did not confirm (`unknown`) with no finding recorded yet: what staff
 * still have to look up in OPSCOM. Read through the index on `state`.
 */
export async function countAwaitingFinding(db: Kysely<Database>): Promise<AwaitingFinding> {
  const [permits, changes] = await Promise.all([
    countUnfound(db, "journal_entries", "journal_reconciliations", "entry_id"),
    countUnfound(db, "journal_changes", "journal_change_reconciliations", "change_id"),
  ]);
  return { permits, changes };
}

/** Rows of `table` left `unknown` that no row of `findings` points to through `key`. */
async function countUnfound(
  db: Kysely<Database>,
  table: "journal_entries" | "journal_changes",
  findings: "journal_reconciliations" | "journal_change_reconciliations",
  key: "entry_id" | "change_id",
): Promise<number> {
  const { count } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("state", "=", "unknown")
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom(findings).select("id").whereRef(key, "=", `${table}.id`))),
    )
    .executeTakeFirstOrThrow();
  return Number(count);
}
