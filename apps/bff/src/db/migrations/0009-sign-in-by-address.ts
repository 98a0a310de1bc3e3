import type { Kysely, Migration } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

/**
 * Sign-in throttling per username and client address, and a budget per address across
 * usernames (decision 014). What the old per-username table held is only minutes of waits: it
 * is dropped rather than carried over.
 */
export function signInByAddressMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable("sign_in_throttle").ifExists().execute();
      await db.schema
        .createTable("sign_in_attempts")
        .addColumn("username_key", byteOrderedText(dialect), (column) => column.notNull())
        .addColumn("address", byteOrderedText(dialect), (column) => column.notNull())
        .addColumn("failures", "integer", (column) => column.notNull())
        .addColumn("last_failure_at", "bigint", (column) => column.notNull())
        .addColumn("locked_until", "bigint", (column) => column.notNull())
        .addPrimaryKeyConstraint("sign_in_attempts_pkey", ["username_key", "address"])
        .execute();
      await db.schema
        .createIndex("sign_in_attempts_last_failure_at")
        .on("sign_in_attempts")
        .column("last_failure_at")
        .execute();
      await db.schema
        .createTable("sign_in_address_budget")
        .addColumn("address", byteOrderedText(dialect), (column) => column.primaryKey())
        // When the address's budget is whole again (GCRA's theoretical arrival time), epoch ms.
        .addColumn("full_at", "bigint", (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex("sign_in_address_budget_full_at")
        .on("sign_in_address_budget")
        .column("full_at")
        .execute();
    },
  };
}
