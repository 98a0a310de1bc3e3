import { problem } from "@permit-desk/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { accountsOf, admin } from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { ZoneNameTakenError, ZoneNotFoundError } from "./zone-errors.ts";

const invisible = (codePoint: string, position: number) =>
  problem("zone_name_invisible_character", { codePoint, position });
const control = (codePoint: string, position: number) =>
  problem("zone_name_control_character", { codePoint, position });

describe.each(testDialects())("zones on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let accounts: ReturnType<typeof accountsOf>;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    accounts = accountsOf(database.db, time);
  });

  afterEach(async () => {
    await database.drop();
  });

  it("seeds the zones from the configuration into an empty table", async () => {
    const seeded = await accounts.zones.seed(["Lot 5", "Lot 4", "Lot 4"], {
      userId: null,
      label: "ZONES",
    });
    expect(seeded.map((zone) => zone.name)).toEqual(["Lot 5", "Lot 4"]);
    const listed = await accounts.zones.list();
    expect(listed.map((zone) => [zone.name, zone.active])).toEqual([
      ["Lot 4", true],
      ["Lot 5", true],
    ]);
    const events = await accounts.audit.list({ action: "zone.create" });
    expect(events.map((event) => event.actor.label)).toEqual(["ZONES", "ZONES"]);
  });

  it("does not seed a table that already holds a zone, even an inactive one", async () => {
    const visitor = await accounts.zones.create("Visitor Parkade", admin);
    await accounts.zones.update(visitor.id, { active: false }, admin);
    expect(await accounts.zones.seed(["Lot 4", "Lot 5"], admin)).toEqual([]);
    const all = await accounts.zones.list({ all: true });
    expect(all.map((zone) => zone.name)).toEqual(["Visitor Parkade"]);
  });

  it("keeps a zone's name exactly as typed, trimmed and in NFC, and refuses a second zone of that name whatever its capitals", async () => {
    const zone = await accounts.zones.create("  Lot 4 ", admin);
    expect(zone.name).toBe("Lot 4");
    await expect(accounts.zones.create("Lot 4", admin)).rejects.toBeInstanceOf(ZoneNameTakenError);
    await expect(accounts.zones.create("lot 4", admin)).rejects.toMatchObject({
      problem: { code: "zone_name_taken_other_capitals", params: { zone: "Lot 4" } },
    });
    // "é" typed as e and a combining accent is stored as the one character OPSCOM would show.
    expect((await accounts.zones.create("Cafe\u0301", admin)).name).toBe("Caf\u00e9");
  });

  it("refuses a rename onto another zone's name in other capitals", async () => {
    await accounts.zones.create("Lot 4", admin);
    const lot5 = await accounts.zones.create("Lot 5", admin);
    await expect(accounts.zones.update(lot5.id, { name: "LOT 4" }, admin)).rejects.toThrow(
      ZoneNameTakenError,
    );
    // Its own name in other capitals is the same zone, renamed.
    expect((await accounts.zones.update(lot5.id, { name: "LOT 5" }, admin)).name).toBe("LOT 5");
  });

  // Several instances share a database only on PostgreSQL; SQLite has one writer, the one server.
  it.runIf(dialect === "postgres")(
    "lets the database refuse two zones of one name in other capitals written at once",
    async () => {
      const names = ["Lot 7", "LOT 7", "lot 7", "Lot 7 "];
      const results = await Promise.allSettled(
        names.map((name) => accountsOf(database.connectAgain().db, time).zones.create(name, admin)),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await accounts.zones.list()).toHaveLength(1);
    },
  );

  it.each([
    ["a zero-width space", "Lot\u200b4", invisible("U+200B", 4)],
    [
      "a Cyrillic o",
      "L\u043et 4",
      problem("zone_name_mixed_scripts", {
        character: "\u043e",
        position: 2,
        script: "Cyrillic",
        first: "Latin",
      }),
    ],
    [
      "a no-break space",
      "Lot\u00a04",
      problem("zone_name_special_space", { codePoint: "U+00A0", position: 4 }),
    ],
    ["a right-to-left override", "Lot \u202e4", invisible("U+202E", 5)],
    ["NUL", "Lot\u00004", control("U+0000", 4)],
    ["a tab", "Lot\t4", control("U+0009", 4)],
  ])("refuses a zone name with %s, saying where", async (_what, name, expected) => {
    const refusal = { problem: expected };
    await expect(accounts.zones.create(name, admin)).rejects.toMatchObject(refusal);
    const lot = await accounts.zones.create("Lot 4", admin);
    await expect(accounts.zones.update(lot.id, { name }, admin)).rejects.toMatchObject(refusal);
    expect(await accounts.zones.list()).toEqual([lot]);
  });

  it("lists only active zones unless asked for all", async () => {
    const lot4 = await accounts.zones.create("Lot 4", admin);
    await accounts.zones.create("Lot 5", admin);
    await accounts.zones.update(lot4.id, { active: false }, admin);
    expect((await accounts.zones.list()).map((zone) => zone.name)).toEqual(["Lot 5"]);
    expect((await accounts.zones.list({ all: true })).map((zone) => zone.name)).toEqual([
      "Lot 4",
      "Lot 5",
    ]);
  });

  it("records a rename and a deactivation as before → after, by whom and when", async () => {
    const zone = await accounts.zones.create("Lot 4", admin);
    time.advance(60_000);
    const actor = { userId: null, label: "ana" };
    const updated = await accounts.zones.update(
      zone.id,
      { name: "Lot 4 North", active: false },
      actor,
    );
    expect(updated).toMatchObject({ name: "Lot 4 North", active: false, updatedAt: time.clock() });
    const [event] = await accounts.audit.list({ action: "zone.update" });
    expect(event).toMatchObject({
      at: time.clock(),
      actor,
      subject: { type: "zone", id: zone.id },
      changes: {
        name: { before: "Lot 4", after: "Lot 4 North" },
        active: { before: true, after: false },
      },
    });
  });

  it("refuses a rename onto another zone's name and leaves both as they were", async () => {
    await accounts.zones.create("Lot 4", admin);
    const lot5 = await accounts.zones.create("Lot 5", admin);
    await expect(accounts.zones.update(lot5.id, { name: "Lot 4" }, admin)).rejects.toBeInstanceOf(
      ZoneNameTakenError,
    );
    expect((await accounts.zones.get(lot5.id))?.name).toBe("Lot 5");
    expect(await accounts.audit.list({ action: "zone.update" })).toEqual([]);
  });

  it("says which zone it could not find", async () => {
    await expect(accounts.zones.update("no-such-zone", { active: false }, admin)).rejects.toThrow(
      ZoneNotFoundError,
    );
  });

  it("refuses an empty zone name", async () => {
    await expect(accounts.zones.create("   ", admin)).rejects.toMatchObject({
      problem: { code: "zone_name_required" },
    });
  });
});
