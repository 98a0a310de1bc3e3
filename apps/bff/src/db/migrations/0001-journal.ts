import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

async function createEntries(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  const ordered = byteOrderedText(dialect);
  await db.schema
    .createTable("journal_entries")
    .addColumn("id", ordered, (column) => column.primaryKey())
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("actor", "text", (column) => column.notNull())
    .addColumn("draft", "text", (column) => column.notNull())
    .addColumn("sent_body", "text", (column) => column.notNull())
    .addColumn("plate", ordered, (column) => column.notNull())
    .addColumn("zone", "text", (column) => column.notNull())
    .addColumn("valid_from", "bigint", (column) => column.notNull())
    .addColumn("valid_until", "bigint", (column) => column.notNull())
    .addColumn("amount", "text")
    .addColumn("currency", "text")
    .addColumn("permit_no", "text")
    .addColumn("state", "text", (column) =>
      column
        .notNull()
        .check(sql`state in ('pending', 'issued', 'rejected', 'unknown', 'not_sent')`),
    )
    .addColumn("reference_id", "text")
    .addColumn("opscom_http_status", "integer")
    .addColumn("opscom_raw_answer", "text")
    .addColumn("opscom_error_code", "integer")
    .addColumn("outcome_reason", "text")
    .addColumn("outcome_detail", "text")
    .addColumn("opscom_ms", "integer")
    .addColumn("completed_at", "bigint")
    .addColumn("idempotency_key", "text")
    .addCheckConstraint(
      "journal_entries_issued_has_reference",
      sql`state <> 'issued' or reference_id is not null`,
    )
    .execute();
}

async function indexEntries(db: Kysely<unknown>): Promise<void> {
  const indexes: Array<[name: string, columns: string[]]> = [
    ["journal_entries_created_at", ["created_at", "id"]],
    ["journal_entries_plate", ["plate", "created_at", "id"]],
    ["journal_entries_zone", ["zone", "created_at", "id"]],
    ["journal_entries_state", ["state", "created_at", "id"]],
    ["journal_entries_actor", ["actor", "created_at", "id"]],
    ["journal_entries_valid_from", ["valid_from"]],
    ["journal_entries_valid_until", ["valid_until"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("journal_entries").columns(columns).execute();
  }
}

async function createReconciliations(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .createTable("journal_reconciliations")
    .addColumn("id", byteOrderedText(dialect), (column) => column.primaryKey())
    .addColumn("entry_id", byteOrderedText(dialect), (column) =>
      column.notNull().references("journal_entries.id"),
    )
    .addColumn("reconciled_at", "bigint", (column) => column.notNull())
    .addColumn("reconciled_by", "text", (column) => column.notNull())
    .addColumn("finding", "text", (column) =>
      column.notNull().check(sql`finding in ('exists', 'absent')`),
    )
    .addColumn("reference_id", "text")
    .addColumn("note", "text")
    .addCheckConstraint(
      "journal_reconciliations_exists_has_reference",
      sql`finding <> 'exists' or reference_id is not null`,
    )
    .execute();
  await db.schema
    .createIndex("journal_reconciliations_entry")
    .on("journal_reconciliations")
    .columns(["entry_id", "reconciled_at", "id"])
    .execute();
}

/** The permit journal: one row per submission, and staff's findings on the unconfirmed ones. */
export function journalMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createEntries(db, dialect);
      await indexEntries(db);
      await createReconciliations(db, dialect);
    },
  };
}
