import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { closedPort } from "../testing/recording-server.ts";
import { openDatabase } from "./open-database.ts";
import { openPostgres } from "./open-postgres.ts";
import { databaseAnswers } from "./ping.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "./test-databases.ts";

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

describe("databaseAnswers", () => {
  it.each(testDialects())("is true while the %s database answers", async (dialect) => {
    database = await createTestDatabase(dialect);
    expect(await databaseAnswers(database.db)).toBe(true);
  });

  it("is false once the SQLite database is closed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "permit-desk-ping-"));
    try {
      const sqlite = openDatabase(join(dir, "closed.sqlite"), { baseDir: dir });
      expect(await databaseAnswers(sqlite.db)).toBe(true);
      await sqlite.close();
      expect(await databaseAnswers(sqlite.db)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is false for a PostgreSQL server nobody answers for", async () => {
    const db = openPostgres(`postgres://nobody:nothing@127.0.0.1:${await closedPort()}/none`);
    try {
      expect(await databaseAnswers(db)).toBe(false);
    } finally {
      await db.destroy();
    }
  });
});
