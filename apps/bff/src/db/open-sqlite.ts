import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, type SqliteDatabase as KyselySqlite, SqliteDialect } from "kysely";
import type { Database } from "./database.ts";

export type SqliteOptions = {
  /** How long a connection waits for another one's write lock before failing. */
  busyTimeoutMs?: number;
};

/**
 * WAL lets readers (history, CSV export) run while a permit is being written. synchronous=FULL,
 * not NORMAL: in WAL mode NORMAL can lose the last commits on power loss, and the pending row
 * must outlive anything that happens after the request has gone to OPSCOM; it costs one fsync
 * per commit, a fraction of a millisecond on an SSD.
 */
function applyPragmas(sqlite: SqliteDatabase.Database, options: SqliteOptions): void {
  if (sqlite.name !== ":memory:") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5_000)}`);
  // Keeps the planner's statistics fresh enough to pick the right index for plate searches.
  sqlite.pragma("optimize = 0x10002");
}

/** Distinct statements kept prepared; the app issues a few dozen, lists of ids a few more. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every query anew, which costs more than running most of ours: statements are
 * kept prepared by their SQL, least recently used dropped first. A statement still being
 * iterated (a stream) cannot run twice at once, so that caller gets a fresh one.
 */
export function withPreparedStatements(sqlite: SqliteDatabase.Database): KyselySqlite {
  const prepared = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      const cached = prepared.get(sql);
      if (cached !== undefined && !cached.busy) {
        prepared.delete(sql);
        prepared.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached === undefined) {
        prepared.set(sql, statement);
        const oldest = prepared.keys().next();
        if (prepared.size > STATEMENT_CACHE_SIZE && !oldest.done) prepared.delete(oldest.value);
      }
      return statement;
    },
  };
}

export function openSqlite(filename: string, options: SqliteOptions = {}): Kysely<Database> {
  if (filename !== ":memory:") mkdirSync(dirname(filename), { recursive: true });
  const sqlite = new SqliteDatabase(filename);
  applyPragmas(sqlite, options);
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: withPreparedStatements(sqlite) }),
  });
}
