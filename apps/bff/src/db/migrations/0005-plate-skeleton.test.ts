import { plateSkeleton } from "@permit-desk/schema";
import { Migrator, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrateToLatest, migrations } from "../migrate.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../test-databases.ts";

// Every letter and digit: should the schema's pairs change, this fails and asks for a migration.
const PLATES = ["AB1O3", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "PL8RDR", "01582"];

function insertEntry(database: TestDatabase, id: string, plate: string) {
  return sql`insert into journal_entries (id, created_at, actor, draft, sent_body, plate, zone,
      valid_from, valid_until, state)
    values (${id}, 1, 'ana', '{}', '{}', ${plate}, 'Lot 4', 1, 2, 'pending')`.execute(database.db);
}

describe.each(testDialects())("the plate skeleton migration on %s", (dialect) => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.drop();
  });

  it("gives every entry already in the journal the skeleton plateSkeleton gives its plate", async () => {
    database = await createTestDatabase(dialect, { migrate: false });
    const before = Object.fromEntries(
      Object.entries(migrations(dialect)).filter(([name]) => name < "0005"),
    );
    const schema =
      dialect === "postgres"
        ? (await sql<{ name: string }>`select current_schema() as name`.execute(database.db))
            .rows[0]?.name
        : undefined;
    const earlier = new Migrator({
      db: database.db,
      provider: { getMigrations: async () => before },
      // As migrateToLatest does: Kysely's bookkeeping in this schema alone, not another test's.
      ...(schema !== undefined && { migrationTableSchema: schema }),
    });
    expect((await earlier.migrateToLatest()).error).toBeUndefined();
    for (const [index, plate] of PLATES.entries()) await insertEntry(database, `e${index}`, plate);

    await migrateToLatest(database.db, database.dialect);

    const rows = await database.db
      .selectFrom("journal_entries")
      .select(["plate", "plate_skeleton"])
      .orderBy("id")
      .execute();
    expect(rows).toEqual(PLATES.map((plate) => ({ plate, plate_skeleton: plateSkeleton(plate) })));
  });

  // SQLite can add a NOT NULL column only with a default, so there a missing skeleton reads as
  // ''; PostgreSQL drops the default once the rows are backfilled and refuses the row outright.
  it.runIf(dialect === "postgres")("refuses an entry written without its skeleton", async () => {
    database = await createTestDatabase(dialect);
    await expect(insertEntry(database, "e1", "AB103")).rejects.toThrow(/null/i);
  });
});
