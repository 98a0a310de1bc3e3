import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "./test-databases.ts";

// Prepared statements are PostgreSQL's (SQLite keeps its own, decision 009), so this runs when
// TEST_DATABASE_URL names one.
describe.runIf(testDialects().includes("postgres"))("queries on PostgreSQL", () => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.drop();
  });

  it("keep being answered after another server's migration adds a column to a table they read", async () => {
    database = await createTestDatabase("postgres");
    const { db } = database;
    const readZones = () => db.selectFrom("zones").selectAll().execute();
    const readZoneNames = () => db.selectFrom("zones").select("name").execute();
    for (let run = 0; run < 3; run++) await Promise.all([readZones(), readZoneNames()]);

    const otherServer = database.connectAgain();
    await sql`alter table zones add column added_later text`.execute(otherServer.db);

    for (let run = 0; run < 3; run++) {
      await expect(readZones()).resolves.toEqual([]);
      await expect(readZoneNames()).resolves.toEqual([]);
    }
  });
});
