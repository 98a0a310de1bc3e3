import { type Expression, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";

/**
 * Text compared byte by byte on both dialects, so that plate prefix ranges and keyset cursors
 * order rows exactly as SQLite does, whatever the PostgreSQL server's locale.
 */
export function byteOrderedText(dialect: DatabaseDialect): Expression<unknown> {
  return dialect === "postgres" ? sql`text collate "C"` : sql`text`;
}
