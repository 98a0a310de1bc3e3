import type { Kysely, Migration } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

/**
 * Lists issued on the server (decision 029): a batch, and its rows as they arrived. What became
 * of each row is its journal entry, found under the row's idempotency key, so sending a row
 * writes nothing here; only a batch's state and owner change as it runs.
 */
export function batchesMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const ordered = byteOrderedText(dialect);
      await db.schema
        .createTable("batches")
        .addColumn("id", ordered, (column) => column.primaryKey())
        .addColumn("created_at", "bigint", (column) => column.notNull())
        .addColumn("created_by", "text", (column) => column.notNull())
        // The journal's name for the member (the username): each row is journalled under it.
        .addColumn("actor", "text", (column) => column.notNull())
        // JSON text: the ids of the zones its rows are issued in.
        .addColumn("zone_ids", "text", (column) => column.notNull())
        .addColumn("template_id", "text")
        // JSON text: the values set for the whole list (what a row lacks comes from them).
        .addColumn("list_values", "text", (column) => column.notNull())
        .addColumn("state", "text", (column) => column.notNull())
        // The server process sending its rows, while it holds its lease (decision 013).
        .addColumn("owner_instance_id", ordered)
        .addColumn("row_count", "integer", (column) => column.notNull())
        .addColumn("sendable_count", "integer", (column) => column.notNull())
        .addColumn("started_at", "bigint")
        .addColumn("finished_at", "bigint")
        .addColumn("updated_at", "bigint", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("batches_created_at")
        .on("batches")
        .columns(["created_at", "id"])
        .execute();
      await db.schema
        .createTable("batch_rows")
        .addColumn("batch_id", ordered, (column) => column.notNull())
        // 1, 2, 3… as the list gave them.
        .addColumn("position", "integer", (column) => column.notNull())
        .addColumn("plate", "text", (column) => column.notNull())
        // JSON text: the draft as checked on arrival; null for a row refused then.
        .addColumn("draft", "text")
        .addColumn("zone_id", "text")
        // JSON text: the field problems of a row refused on arrival.
        .addColumn("problems", "text")
        // Its own key, unique to the batch and row: the journal entry it became is under it.
        .addColumn("idempotency_key", "text")
        .addPrimaryKeyConstraint("batch_rows_pkey", ["batch_id", "position"])
        .execute();
      // A row's outcome is read by its key from the journal.
      await db.schema
        .createIndex("journal_entries_actor_key")
        .on("journal_entries")
        .columns(["actor", "idempotency_key"])
        .execute();
    },
  };
}
