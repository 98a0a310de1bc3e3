import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import type { DatabaseDialect } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";
import { type DatabaseHandle, openDatabase } from "./open-database.ts";
import { openPostgres, quoteIdentifier } from "./open-postgres.ts";

/** A database of its own for one test: a fresh SQLite file, or a fresh PostgreSQL schema. */
export type TestDatabase = DatabaseHandle & {
  /** The DATABASE_URL that gives a server process this same database (its schema, on PostgreSQL). */
  url: string;
  /** A second, independent connection to the same database. */
  connectAgain(): DatabaseHandle;
  /** Closes every connection opened here and deletes the database. */
  drop(): Promise<void>;
};

const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL names one. */
export function testDialects(): DatabaseDialect[] {
  return postgresUrl === undefined ? ["sqlite"] : ["sqlite", "postgres"];
}

function tracked(
  url: string,
  open: () => DatabaseHandle,
  cleanUp: () => Promise<void>,
): TestDatabase {
  const handles: DatabaseHandle[] = [];
  const connect = () => {
    const handle = open();
    handles.push(handle);
    return handle;
  };
  const first = connect();
  return {
    ...first,
    url,
    connectAgain: connect,
    async drop() {
      await Promise.all(handles.map((handle) => handle.close()));
      await cleanUp();
    },
  };
}

function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-test-"));
  const file = join(dir, "permit-desk.sqlite");
  return tracked(
    file,
    () => openDatabase(file, { baseDir: dir }),
    async () => rmSync(dir, { recursive: true, force: true }),
  );
}

async function postgresTestDatabase(url: string): Promise<TestDatabase> {
  const schema = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = openPostgres(url, { poolSize: 1 });
  await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
  const inSchema = new URL(url);
  inSchema.searchParams.set("options", `-c search_path=${schema}`);
  return tracked(
    inSchema.toString(),
    () => openDatabase(url, { baseDir: process.cwd(), postgres: { schema, poolSize: 4 } }),
    async () => {
      await sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin);
      await admin.destroy();
    },
  );
}

async function freshDatabase(dialect: DatabaseDialect): Promise<TestDatabase> {
  if (dialect === "sqlite") return sqliteTestDatabase();
  if (postgresUrl === undefined) throw new Error("TEST_DATABASE_URL is not set.");
  return postgresTestDatabase(postgresUrl);
}

export async function createTestDatabase(
  dialect: DatabaseDialect,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const database = await freshDatabase(dialect);
  if (options.migrate ?? true) await migrateToLatest(database.db, database.dialect);
  return database;
}
