import type { Kysely } from "kysely";
import type { Database, DatabaseDialect } from "./database.ts";
import { databaseLocation } from "./database-location.ts";
import { openPostgres, type PostgresOptions } from "./open-postgres.ts";
import { openSqlite, type SqliteOptions } from "./open-sqlite.ts";

export type DatabaseHandle = {
  db: Kysely<Database>;
  dialect: DatabaseDialect;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  /** Relative SQLite paths resolve against this folder. */
  baseDir: string;
  sqlite?: SqliteOptions;
  postgres?: PostgresOptions;
};

/**
 * Opens the database `url` names (see `databaseLocation`); SQLite under `data/` when it names none.
 * Does not migrate: call `migrateToLatest` next.
 */
export function openDatabase(
  url: string | undefined,
  options: OpenDatabaseOptions,
): DatabaseHandle {
  const location = databaseLocation(url, options.baseDir);
  const db =
    location.dialect === "postgres"
      ? openPostgres(location.connectionString, options.postgres)
      : openSqlite(location.filename, options.sqlite);
  return { db, dialect: location.dialect, close: () => db.destroy() };
}
