import { Migrator, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { systemClock } from "../../clock.ts";
import { createJournal } from "../../journal/journal.ts";
import { migrateToLatest, migrations } from "../migrate.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../test-databases.ts";

async function migratedBefore(database: TestDatabase, first: string) {
  const before = Object.fromEntries(
    Object.entries(migrations(database.dialect)).filter(([name]) => name < first),
  );
  const schema =
    database.dialect === "postgres"
      ? (await sql<{ name: string }>`select current_schema() as name`.execute(database.db)).rows[0]
          ?.name
      : undefined;
  const earlier = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => before },
    // As migrateToLatest does: Kysely's bookkeeping in this schema alone, not another test's.
    ...(schema !== undefined && { migrationTableSchema: schema }),
  });
  expect((await earlier.migrateToLatest()).error).toBeUndefined();
}

describe.each(testDialects())("the outcome detail codes migration on %s", (dialect) => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.drop();
  });

  it("keeps the detail of every entry already journalled, read as recorded text", async () => {
    database = await createTestDatabase(dialect, { migrate: false });
    await migratedBefore(database, "0010");
    await sql`insert into journal_entries (id, created_at, actor, draft, sent_body, plate,
        plate_skeleton, zone, zone_id, valid_from, valid_until, state, outcome_reason,
        outcome_detail, current_plate, current_zone, current_zone_id, current_valid_from,
        current_valid_until, change_count)
      values ('e1', 1, 'ana', '{}', '{}', 'PL8RDR', 'PL8RDR', 'Lot 4', 'z1', 100, 200, 'unknown',
        'timeout', 'no answer within 10000 ms', 'PL8RDR', 'Lot 4', 'z1', 100, 200, 0)`.execute(
      database.db,
    );

    await migrateToLatest(database.db, database.dialect);

    const entry = await createJournal(database.db, { clock: systemClock }).get("e1");
    expect(entry?.outcomeDetail).toEqual({
      code: "recorded_text",
      params: { text: "no answer within 10000 ms" },
    });
  });
});
