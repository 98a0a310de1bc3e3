import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest, migrations } from "./migrate.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "./test-databases.ts";

describe.each(testDialects())("migrations on %s", (dialect) => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.drop();
  });

  it("apply every migration once, in order, on an empty database", async () => {
    database = await createTestDatabase(dialect, { migrate: false });
    const results = await migrateToLatest(database.db, database.dialect);
    expect(results.map((result) => [result.migrationName, result.status])).toEqual(
      Object.keys(migrations(dialect)).map((name) => [name, "Success"]),
    );
    const tables = await database.db.introspection.getTables();
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining(["journal_entries", "journal_reconciliations", "idempotency_keys"]),
    );
  });

  it("change nothing when run again, and keep the data", async () => {
    database = await createTestDatabase(dialect);
    await sql`insert into idempotency_keys (scope, key, fingerprint, state, created_at)
      values ('staff:ana', 'k1', 'f', 'in_progress', 1)`.execute(database.db);

    expect(await migrateToLatest(database.db, database.dialect)).toEqual([]);
    expect(await migrateToLatest(database.connectAgain().db, database.dialect)).toEqual([]);
    const rows = await database.db.selectFrom("idempotency_keys").select("key").execute();
    expect(rows).toEqual([{ key: "k1" }]);
  });

  // A SQLite file serves one instance; several share a PostgreSQL database.
  it.runIf(dialect === "postgres")(
    "let several instances start at once: each applies once",
    async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      const handles = [database, database.connectAgain(), database.connectAgain()];
      const runs = await Promise.all(
        handles.map((handle) => migrateToLatest(handle.db, handle.dialect)),
      );
      expect(
        runs
          .flat()
          .map((result) => result.migrationName)
          .sort(),
      ).toEqual(Object.keys(migrations(dialect)));
    },
  );

  it("refuse rows the domain does not allow", async () => {
    database = await createTestDatabase(dialect);
    const { db } = database;
    const insertKey = (state: string) =>
      sql`insert into idempotency_keys (scope, key, fingerprint, state, created_at)
        values ('staff:ana', ${state}, 'f', ${state}, 1)`.execute(db);
    await expect(insertKey("in_progress")).resolves.toBeDefined();
    await expect(insertKey("finished")).rejects.toThrow(/check/i);
    await expect(
      sql`insert into journal_reconciliations (id, entry_id, reconciled_at, reconciled_by, finding)
        values ('r1', 'no-such-entry', 1, 'ana', 'absent')`.execute(db),
    ).rejects.toThrow(/foreign key/i);
  });
});
