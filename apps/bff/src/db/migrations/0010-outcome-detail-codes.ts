import type { Kysely, Migration } from "kysely";

/**
 * An outcome's detail as a code with its values (JSON text of an `OutcomeDetail`), in a column of
 * its own: the text column keeps what rows journalled before hold, shown as recorded (decision
 * 020), so no row's detail has to be guessed to be one kind or the other.
 */
export function outcomeDetailCodesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const table of ["journal_entries", "journal_changes"]) {
        await db.schema.alterTable(table).addColumn("outcome_detail_json", "text").execute();
      }
    },
  };
}
