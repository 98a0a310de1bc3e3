import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

const JOURNALS = ["journal_entries", "journal_changes"] as const;

/**
 * Who may call a pending entry interrupted (decision 013): each server process holds a lease,
 * and each pending permit or change names the process awaiting OPSCOM's answer for it.
 */
export function instanceLeasesMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const ordered = byteOrderedText(dialect);
      await db.schema
        .createTable("instance_leases")
        .addColumn("instance_id", ordered, (column) => column.primaryKey())
        // Where it runs (host and process id), for an operator reading the table.
        .addColumn("label", "text", (column) => column.notNull())
        .addColumn("started_at", "bigint", (column) => column.notNull())
        .addColumn("renewed_at", "bigint", (column) => column.notNull())
        // On PostgreSQL in the database's clock, on SQLite in the one process's clock.
        .addColumn("expires_at", "bigint", (column) => column.notNull())
        .execute();
      for (const table of JOURNALS) {
        // Null on rows written before leases existed (see `recoverOrphaned`).
        await db.schema.alterTable(table).addColumn("owner_instance_id", ordered).execute();
        // When recovery called it interrupted; kept if OPSCOM's answer arrives after all.
        await db.schema.alterTable(table).addColumn("recovered_at", "bigint").execute();
        // Recovery runs every few seconds: it reads pending rows alone, by owner.
        await db.schema
          .createIndex(`${table}_pending_owner`)
          .on(table)
          .columns(["owner_instance_id", "created_at"])
          .where(sql<boolean>`state = 'pending'`)
          .execute();
      }
    },
  };
}
