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

  // Kysely looks for its bookkeeping tables in every schema it can see: a half-migrated schema
  // beside this one must not make it think this one's exist.
  it.runIf(dialect === "postgres")(
    "migrate a schema of their own beside another one left half-way",
    async () => {
      const other = await createTestDatabase(dialect, { migrate: false });
      try {
        await sql`create table kysely_migration (name varchar(255) primary key, timestamp varchar(255))`.execute(
          other.db,
        );
        database = await createTestDatabase(dialect, { migrate: false });
        const results = await migrateToLatest(database.db, database.dialect);
        expect(results.every((result) => result.status === "Success")).toBe(true);
        expect(results).toHaveLength(Object.keys(migrations(dialect)).length);
      } finally {
        await other.drop();
      }
    },
  );

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

  it("refuse account rows the domain does not allow", async () => {
    database = await createTestDatabase(dialect);
    const { db } = database;
    const insertUser = (id: string, key: string, role: string, hash: string, disabled: number) =>
      sql`insert into users (id, username, username_key, display_name, role, password_hash,
          disabled, created_at, updated_at, password_changed_at)
        values (${id}, ${key}, ${key}, 'Ana', ${role}, ${hash}, ${disabled}, 1, 1, 1)`.execute(db);
    const hash = "$argon2id$v=19$m=19456,t=2,p=1$salt$hash";
    await expect(insertUser("u1", "ana", "validator", hash, 0)).resolves.toBeDefined();
    await expect(insertUser("u2", "ana", "validator", hash, 0)).rejects.toThrow(/unique/i);
    await expect(insertUser("u3", "bo", "root", hash, 0)).rejects.toThrow(/check/i);
    await expect(insertUser("u4", "cy", "admin", "plain text", 0)).rejects.toThrow(/check/i);
    await expect(insertUser("u5", "di", "admin", hash, 2)).rejects.toThrow(/check/i);
    const insertSession = (id: string, userId: string) =>
      sql`insert into sessions (id, user_id, created_at, last_seen_at, expires_at)
        values (${id}, ${userId}, 1, 1, 2)`.execute(db);
    await expect(insertSession("a".repeat(64), "u1")).resolves.toBeDefined();
    await expect(insertSession("a-raw-token", "u1")).rejects.toThrow(/check/i);
    await expect(insertSession("b".repeat(64), "nobody")).rejects.toThrow(/foreign key/i);
    await expect(
      sql`insert into audit_events (id, at, actor_label, action) values ('e1', 1, 'cli', 'oops')`.execute(
        db,
      ),
    ).rejects.toThrow(/check/i);
  });
});
