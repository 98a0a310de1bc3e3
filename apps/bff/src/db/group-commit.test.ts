import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "./database.ts";
import { commitsFor } from "./group-commit.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "./test-databases.ts";

const zoneRow = (name: string) => ({
  id: `zone-${name}`,
  name,
  name_key: name.toLowerCase(),
  active: 1 as const,
  created_at: 0,
  updated_at: 0,
});

const addZone = (name: string) => async (trx: Kysely<Database>) => {
  await trx.insertInto("zones").values(zoneRow(name)).execute();
  return name;
};

async function zoneNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom("zones").select("name").orderBy("name").execute();
  return rows.map((row) => row.name);
}

describe.each(testDialects())("the write pipeline's commits on %s", (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.drop();
  });

  it("undoes only the write that failed, and commits the others asked for beside it", async () => {
    const commit = commitsFor(database.db, dialect);
    const results = await Promise.allSettled([
      commit(addZone("Lot 1")),
      commit(async (trx) => {
        await addZone("Lot 2")(trx);
        // The same zone again: a unique key refuses it, as a key already claimed would.
        return addZone("Lot 2")(trx);
      }),
      commit(addZone("Lot 3")),
    ]);

    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const other = database.connectAgain();
    expect(await zoneNames(other.db)).toEqual(["Lot 1", "Lot 3"]);
  });

  it("has each write committed, as another connection sees it, once it resolves", async () => {
    const commit = commitsFor(database.db, dialect);
    const other = database.connectAgain();
    const seenOnResolve = await Promise.all(
      ["Lot 1", "Lot 2", "Lot 3"].map(async (name) => {
        await commit(addZone(name));
        return (await zoneNames(other.db)).includes(name);
      }),
    );
    expect(seenOnResolve).toEqual([true, true, true]);
  });
});

describe("group commit on SQLite", () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase("sqlite");
  });

  afterEach(async () => {
    await database.drop();
  });

  it("makes the writes asked for in one turn of the event loop durable in one commit", async () => {
    let commits = 0;
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(database.url) }),
      log: (event) => {
        if (event.query.sql === "commit") commits++;
      },
    });
    try {
      const commit = commitsFor(db, "sqlite");
      await Promise.all(["Lot 1", "Lot 2", "Lot 3", "Lot 4"].map((name) => commit(addZone(name))));
      expect(commits).toBe(1);
      await commit(addZone("Lot 5"));
      expect(commits).toBe(2);
      expect(await zoneNames(db)).toEqual(["Lot 1", "Lot 2", "Lot 3", "Lot 4", "Lot 5"]);
    } finally {
      await db.destroy();
    }
  });

  it("fails the rest of a batch at once when another process holds the write lock, rather than waiting it out for each write", async () => {
    const sqlite = new SqliteDatabase(database.url);
    sqlite.pragma("busy_timeout = 50");
    let inserts = 0;
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: sqlite }),
      log: (event) => {
        if (event.query.sql.startsWith("insert")) inserts++;
      },
    });
    const other = new SqliteDatabase(database.url);
    try {
      other.exec("begin immediate");
      const commit = commitsFor(db, "sqlite");
      const results = await Promise.allSettled(
        ["Lot 1", "Lot 2", "Lot 3", "Lot 4", "Lot 5"].map((name) => commit(addZone(name))),
      );
      expect(results.map((result) => result.status)).toEqual(Array(5).fill("rejected"));
      expect(results.map((result) => result.status === "rejected" && result.reason.code)).toEqual(
        Array(5).fill("SQLITE_BUSY"),
      );
      expect(inserts).toBe(1);
      other.exec("rollback");

      await commit(addZone("Lot 6"));
      expect(await zoneNames(db)).toEqual(["Lot 6"]);
    } finally {
      if (other.inTransaction) other.exec("rollback");
      other.close();
      await db.destroy();
    }
  });
});
