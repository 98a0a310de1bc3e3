import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

const CHANGE_STATES = sql`('pending', 'applied', 'rejected', 'unknown', 'not_sent')`;

/**
 * The permit as its changes have made it, kept on its entry so that the history filters and the
 * plate lookups read one row per permit. Each starts as the submitted fact it mirrors.
 */
async function addProjection(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  const ordered = byteOrderedText(dialect);
  // SQLite adds a NOT NULL column only with a default; PostgreSQL drops it after the backfill,
  // so that an entry written without its current facts is refused there.
  const required: Array<
    [name: string, type: "bigint" | "integer" | "text" | "ordered", fill: unknown]
  > = [
    ["current_plate", "ordered", ""],
    ["current_zone", "text", ""],
    ["current_valid_from", "bigint", 0],
    ["current_valid_until", "bigint", 0],
    ["change_count", "integer", 0],
  ];
  for (const [name, type, fill] of required) {
    await db.schema
      .alterTable("journal_entries")
      .addColumn(name, type === "ordered" ? ordered : type, (column) =>
        column.notNull().defaultTo(fill),
      )
      .execute();
  }
  for (const [name, type] of [
    ["current_permit_no", "text"],
    ["voided_at", "bigint"],
    ["corrected_at", "bigint"],
    ["unsettled_change_id", ordered],
  ] as const) {
    await db.schema.alterTable("journal_entries").addColumn(name, type).execute();
  }
  await sql`update journal_entries set current_plate = plate, current_zone = zone,
    current_valid_from = valid_from, current_valid_until = valid_until,
    current_permit_no = permit_no`.execute(db);
  if (dialect === "postgres") {
    for (const [name] of required) {
      if (name === "change_count") continue;
      await db.schema
        .alterTable("journal_entries")
        .alterColumn(name, (column) => column.dropDefault())
        .execute();
    }
  }
  // The history filters and the plate lookups now read the current facts: their indexes move
  // there, and an entry keeps as many indexes to write as before.
  for (const name of ["plate", "zone", "valid_from", "valid_until"]) {
    await db.schema.dropIndex(`journal_entries_${name}`).execute();
  }
  const indexes: Array<[name: string, columns: string[]]> = [
    ["journal_entries_current_plate", ["current_plate", "created_at", "id"]],
    ["journal_entries_current_zone", ["current_zone", "created_at", "id"]],
    ["journal_entries_current_valid_from", ["current_valid_from"]],
    ["journal_entries_current_valid_until", ["current_valid_until"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("journal_entries").columns(columns).execute();
  }
}

/** One row per correction or void, linked to the permit's entry; never updated but by its outcome. */
async function createChanges(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  const ordered = byteOrderedText(dialect);
  await db.schema
    .createTable("journal_changes")
    .addColumn("id", ordered, (column) => column.primaryKey())
    .addColumn("permit_id", ordered, (column) => column.notNull().references("journal_entries.id"))
    // 0, 1, 2… per permit, in the order the changes were asked for.
    .addColumn("sequence", "integer", (column) => column.notNull().check(sql`sequence >= 0`))
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("actor", "text", (column) => column.notNull())
    .addColumn("action", "text", (column) =>
      column.notNull().check(sql`action in ('update', 'void')`),
    )
    .addColumn("reason", "text", (column) => column.notNull())
    // JSON text: `{ field: { before, after } }`, only the fields the change sets.
    .addColumn("fields", "text", (column) => column.notNull())
    .addColumn("sent_body", "text", (column) => column.notNull())
    // The permit as it is once the change applies: what the plate lookups match while unsettled.
    .addColumn("plate", ordered, (column) => column.notNull())
    .addColumn("zone", "text", (column) => column.notNull())
    .addColumn("valid_from", "bigint", (column) => column.notNull())
    .addColumn("valid_until", "bigint", (column) => column.notNull())
    .addColumn("permit_no", "text")
    .addColumn("state", "text", (column) => column.notNull().check(sql`state in ${CHANGE_STATES}`))
    .addColumn("opscom_http_status", "integer")
    .addColumn("opscom_raw_answer", "text")
    .addColumn("opscom_error_code", "integer")
    .addColumn("outcome_reason", "text")
    .addColumn("outcome_detail", "text")
    .addColumn("opscom_ms", "integer")
    .addColumn("completed_at", "bigint")
    .addColumn("idempotency_key", "text")
    .addUniqueConstraint("journal_changes_permit_sequence", ["permit_id", "sequence"])
    .execute();
  const indexes: Array<[name: string, columns: string[]]> = [
    ["journal_changes_actor_key", ["actor", "idempotency_key"]],
    ["journal_changes_state", ["state", "created_at"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("journal_changes").columns(columns).execute();
  }
  await db.schema
    .createIndex("journal_changes_unsettled_plate")
    .on("journal_changes")
    .columns(["plate", "valid_until"])
    .where(sql<boolean>`state in ('pending', 'unknown')`)
    .execute();

  await db.schema
    .createTable("journal_change_reconciliations")
    .addColumn("id", ordered, (column) => column.primaryKey())
    .addColumn("change_id", ordered, (column) => column.notNull().references("journal_changes.id"))
    .addColumn("reconciled_at", "bigint", (column) => column.notNull())
    .addColumn("reconciled_by", "text", (column) => column.notNull())
    .addColumn("finding", "text", (column) =>
      column.notNull().check(sql`finding in ('applied', 'not_applied')`),
    )
    .addColumn("note", "text")
    .execute();
  await db.schema
    .createIndex("journal_change_reconciliations_change")
    .on("journal_change_reconciliations")
    .columns(["change_id", "reconciled_at", "id"])
    .execute();
}

/** Corrections, extensions and voids of issued permits, each its own journal entry. */
export function permitChangesMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await addProjection(db, dialect);
      await createChanges(db, dialect);
    },
  };
}
