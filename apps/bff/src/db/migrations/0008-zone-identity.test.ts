import { Migrator, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createZones } from "../../zones/zones.ts";
import { migrateToLatest, migrations } from "../migrate.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../test-databases.ts";

const HOUR = 3_600_000;

/** Every migration named before `first`: the database as it was before this one shipped. */
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

function insertZone(database: TestDatabase, id: string, name: string, at: number, active = 1) {
  return sql`insert into zones (id, name, active, created_at, updated_at)
    values (${id}, ${name}, ${active}, ${at}, ${at})`.execute(database.db);
}

function auditName(
  database: TestDatabase,
  zoneId: string,
  at: number,
  before: string | null,
  after: string,
) {
  const action = before === null ? "zone.create" : "zone.update";
  return sql`insert into audit_events (id, at, actor_id, actor_label, action, subject_type,
      subject_id, changes)
    values (${`a-${zoneId}-${at}`}, ${at}, null, 'ana', ${action}, 'zone', ${zoneId},
      ${JSON.stringify({ name: { before, after } })})`.execute(database.db);
}

function insertEntry(database: TestDatabase, id: string, zone: string, at: number, current = zone) {
  return sql`insert into journal_entries (id, created_at, actor, draft, sent_body, plate,
      plate_skeleton, zone, valid_from, valid_until, state, reference_id, current_plate, current_zone,
      current_valid_from, current_valid_until, change_count)
    values (${id}, ${at}, 'ana', '{}', '{}', ${id}, ${id}, ${zone}, ${at}, ${at + HOUR},
      'issued', ${`ref-${id}`}, ${id}, ${current}, ${at}, ${at + HOUR}, 0)`.execute(database.db);
}

function insertChange(
  database: TestDatabase,
  id: string,
  permitId: string,
  zone: string,
  at: number,
) {
  return sql`insert into journal_changes (id, permit_id, sequence, created_at, actor, action,
      reason, fields, sent_body, plate, zone, valid_from, valid_until, state)
    values (${id}, ${permitId}, 0, ${at}, 'ana', 'update', 'moved', '{}', '{}', ${permitId},
      ${zone}, ${at}, ${at + HOUR}, 'applied')`.execute(database.db);
}

async function zoneIdsOf(database: TestDatabase) {
  const rows = await database.db
    .selectFrom("journal_entries")
    .select(["id", "zone_id", "current_zone_id"])
    .orderBy("id")
    .execute();
  return Object.fromEntries(rows.map((row) => [row.id, [row.zone_id, row.current_zone_id]]));
}

describe.each(testDialects())("the zone identity migration on %s", (dialect) => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.drop();
  });

  it("gives each permit the zone that held its name when it was submitted, through renames and a name reused", async () => {
    const db = await createTestDatabase(dialect, { migrate: false });
    database = db;
    await migratedBefore(db, "0008");
    // "Lot A" from hour 0; renamed "Lot A North" at hour 10; a new "Lot A" made at hour 20.
    await insertZone(db, "za", "Lot A North", 0);
    await auditName(db, "za", 0, null, "Lot A");
    await auditName(db, "za", 10 * HOUR, "Lot A", "Lot A North");
    await insertZone(db, "zb", "Lot A", 20 * HOUR);
    await auditName(db, "zb", 20 * HOUR, null, "Lot A");
    await insertEntry(db, "before-rename", "Lot A", 5 * HOUR);
    await insertEntry(db, "renamed", "Lot A North", 15 * HOUR);
    await insertEntry(db, "reused", "Lot A", 25 * HOUR);
    // Submitted in the old Lot A, moved to the new one by a correction at hour 30.
    await insertEntry(db, "moved", "Lot A", 6 * HOUR, "Lot A");
    await insertChange(db, "c1", "moved", "Lot A", 30 * HOUR);
    // Older than the zones table: the first zone of that name has it.
    await insertEntry(db, "ancient", "Lot A", -100 * HOUR);

    await migrateToLatest(db.db, db.dialect);

    expect(await zoneIdsOf(db)).toEqual({
      ancient: ["za", "za"],
      "before-rename": ["za", "za"],
      moved: ["za", "zb"],
      renamed: ["za", "za"],
      reused: ["zb", "zb"],
    });
    const change = await db.db.selectFrom("journal_changes").select("zone_id").executeTakeFirst();
    expect(change?.zone_id).toBe("zb");
  });

  it("keeps permits whose zone no zone holds (ZONES names from before zones were kept) in an inactive zone of that name, which ZONES then puts back in use", async () => {
    const db = await createTestDatabase(dialect, { migrate: false });
    database = db;
    await migratedBefore(db, "0008");
    await insertEntry(db, "e1", "Visitor Parkade", HOUR);
    await insertEntry(db, "e2", "Visitor Parkade", 2 * HOUR);
    await insertEntry(db, "e3", "lot 4", 3 * HOUR);
    await insertZone(db, "z4", "Lot 4", 0, 0);

    await migrateToLatest(db.db, db.dialect);

    const zones = await db.db
      .selectFrom("zones")
      .select(["id", "name", "name_key", "active"])
      .orderBy("name")
      .execute();
    const kept = zones.find((zone) => zone.name === "Visitor Parkade");
    expect(zones.map(({ name, name_key, active }) => ({ name, name_key, active }))).toEqual([
      { name: "Lot 4", name_key: "lot 4", active: 0 },
      { name: "Visitor Parkade", name_key: "visitor parkade", active: 0 },
    ]);
    // "lot 4" is the zone "Lot 4": names differing only in capitals are one zone from now on.
    expect(await zoneIdsOf(db)).toEqual({
      e1: [kept?.id, kept?.id],
      e2: [kept?.id, kept?.id],
      e3: ["z4", "z4"],
    });

    const seeded = await createZones(db.db, { clock: () => new Date() }).seed(
      ["Visitor Parkade", "Lot 9"],
      { userId: null, label: "ZONES" },
    );
    expect(seeded.map((zone) => [zone.name, zone.active])).toEqual([
      ["Visitor Parkade", true],
      ["Lot 9", true],
    ]);
    expect(seeded[0]?.id).toBe(kept?.id);
  });

  it("leaves two zones made before names were unique whatever their capitals both working, and lets no third spelling in", async () => {
    const db = await createTestDatabase(dialect, { migrate: false });
    database = db;
    await migratedBefore(db, "0008");
    await insertZone(db, "z1", "Lot 4", 0);
    await insertZone(db, "z2", "lot 4", HOUR);
    await insertEntry(db, "e1", "lot 4", 2 * HOUR);

    await migrateToLatest(db.db, db.dialect);

    expect(await zoneIdsOf(db)).toEqual({ e1: ["z2", "z2"] });
    await expect(
      sql`insert into zones (id, name, name_key, active, created_at, updated_at)
        values ('z3', 'LOT 4', 'lot 4', 1, 0, 0)`.execute(db.db),
    ).rejects.toThrow();
  });
});
