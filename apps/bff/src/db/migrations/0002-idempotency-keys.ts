import { type Kysely, type Migration, sql } from "kysely";

/** Idempotency keys, unique per caller: the primary key is what makes claiming race-safe. */
export function idempotencyKeysMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("idempotency_keys")
        .addColumn("scope", "text", (column) => column.notNull())
        .addColumn("key", "text", (column) => column.notNull())
        .addColumn("fingerprint", "text", (column) => column.notNull())
        .addColumn("state", "text", (column) =>
          column.notNull().check(sql`state in ('in_progress', 'completed')`),
        )
        .addColumn("response_status", "integer")
        .addColumn("response_body", "text")
        .addColumn("created_at", "bigint", (column) => column.notNull())
        .addColumn("completed_at", "bigint")
        .addPrimaryKeyConstraint("idempotency_keys_pkey", ["scope", "key"])
        .execute();
      await db.schema
        .createIndex("idempotency_keys_created_at")
        .on("idempotency_keys")
        .column("created_at")
        .execute();
    },
  };
}
