import { type Expression, type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

/**
 * The look-alike letters and their digits as they were when this migration was written: an
 * applied migration never changes, so it keeps its own copy of `CONFUSABLE_PAIRS`.
 */
const LETTER_TO_DIGIT = [
  ["O", "0"],
  ["I", "1"],
  ["S", "5"],
  ["B", "8"],
  ["Z", "2"],
] as const;

/** `plateSkeleton(plate)` in SQL both dialects run: stored plates are already normalised. */
export function plateSkeletonSql(plate: Expression<string>): Expression<string> {
  return LETTER_TO_DIGIT.reduce<Expression<string>>(
    (text, [letter, digit]) => sql<string>`replace(${text}, ${sql.lit(letter)}, ${sql.lit(digit)})`,
    plate,
  );
}

/** Each journal entry's plate skeleton, so that plates one confusable character apart are found by index. */
export function plateSkeletonMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // SQLite adds a NOT NULL column only with a default; PostgreSQL then drops it, so that a
      // row written without its skeleton is refused there.
      await db.schema
        .alterTable("journal_entries")
        .addColumn("plate_skeleton", byteOrderedText(dialect), (column) =>
          column.notNull().defaultTo(""),
        )
        .execute();
      await sql`update journal_entries set plate_skeleton = ${plateSkeletonSql(sql.ref("plate"))}`.execute(
        db,
      );
      if (dialect === "postgres") {
        await db.schema
          .alterTable("journal_entries")
          .alterColumn("plate_skeleton", (column) => column.dropDefault())
          .execute();
      }
      await db.schema
        .createIndex("journal_entries_plate_skeleton")
        .on("journal_entries")
        .columns(["plate_skeleton", "created_at"])
        .execute();
    },
  };
}
