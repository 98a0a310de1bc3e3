import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "./open-database.ts";

describe("openDatabase", () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "permit-desk-open-"));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates the default SQLite file, folder included, under the base folder", async () => {
    const handle = openDatabase(undefined, { baseDir: dir });
    expect(handle.dialect).toBe("sqlite");
    await sql`select 1`.execute(handle.db);
    await handle.close();
    expect(existsSync(join(dir, "data", "permit-desk.sqlite"))).toBe(true);
  });

  it("sets SQLite up for a durable journal: WAL, full sync, foreign keys, a busy timeout", async () => {
    const handle = openDatabase("desk.sqlite", { baseDir: dir, sqlite: { busyTimeoutMs: 2_500 } });
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(handle.db)).rows[0] ?? {})[0];
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("synchronous")).toBe(2);
    expect(await pragma("foreign_keys")).toBe(1);
    expect(await pragma("busy_timeout")).toBe(2_500);
    await handle.close();
  });

  it("opens an in-memory SQLite database for :memory:", async () => {
    const handle = openDatabase(":memory:", { baseDir: dir });
    const result = await sql<{ answer: number }>`select 42 as answer`.execute(handle.db);
    expect(result.rows).toEqual([{ answer: 42 }]);
    await handle.close();
  });

  it("picks PostgreSQL for a postgres:// URL without connecting until asked", async () => {
    const handle = openDatabase("postgres://desk:pw@127.0.0.1:1/desk", { baseDir: dir });
    expect(handle.dialect).toBe("postgres");
    await handle.close();
  });
});
