import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

/** Named permit templates of a zone, which validators apply on the issue form. */
export function templatesMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("templates")
        .addColumn("id", byteOrderedText(dialect), (column) => column.primaryKey())
        .addColumn("name", byteOrderedText(dialect), (column) =>
          column.notNull().check(sql`length(name) between 1 and 60`),
        )
        .addColumn("zone_id", byteOrderedText(dialect), (column) =>
          column.notNull().references("zones.id"),
        )
        // JSON text: a `ValidityDuration`, read back through its schema.
        .addColumn("duration", "text", (column) => column.notNull())
        .addColumn("amount", "text")
        .addColumn("currency", "text")
        .addColumn("permit_number_pattern", "text")
        .addColumn("position", "integer", (column) => column.notNull().check(sql`position >= 0`))
        .addColumn("active", "integer", (column) =>
          column.notNull().defaultTo(1).check(sql`active in (0, 1)`),
        )
        .addColumn("created_at", "bigint", (column) => column.notNull())
        .addColumn("updated_at", "bigint", (column) => column.notNull())
        .addCheckConstraint(
          "templates_amount_has_currency",
          sql`(amount is null) = (currency is null)`,
        )
        .execute();
      // Two templates in use in one zone never share a name, whatever its capitals; a template
      // out of use keeps its name free for a new one.
      await sql`create unique index templates_zone_name on templates (zone_id, lower(name))
        where active = 1`.execute(db);
      await db.schema
        .createIndex("templates_order")
        .on("templates")
        .columns(["position", "name"])
        .execute();
    },
  };
}
