import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { accountsOf, admin } from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import type { Zone } from "../zones/zone.ts";
import { ZoneNotFoundError } from "../zones/zone-errors.ts";
import { TemplateNameTakenError, TemplateNotFoundError } from "./template-errors.ts";
import { createTemplates, type Templates } from "./templates.ts";

describe.each(testDialects())("templates on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let accounts: ReturnType<typeof accountsOf>;
  let templates: Templates;
  let lot4: Zone;
  let lot5: Zone;

  const guest = () => ({
    name: "Guest 2 h",
    zoneId: lot4.id,
    duration: { kind: "hours" as const, hours: 2 },
  });

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    accounts = accountsOf(database.db, time);
    templates = createTemplates(database.db, { clock: time.clock });
    lot4 = await accounts.zones.create("Lot 4", admin);
    lot5 = await accounts.zones.create("Lot 5", admin);
  });

  afterEach(async () => {
    await database.drop();
  });

  it("creates a template after the others, in use, and audits every field", async () => {
    const first = await templates.create(guest(), admin);
    time.advance(1);
    const second = await templates.create(
      {
        name: "Overnight",
        zoneId: lot5.id,
        duration: { kind: "nextDayAt", time: "09:00" },
        amount: "12.5",
        currency: "cad",
        permitNumberPattern: "L5-{plate}",
      },
      admin,
    );
    expect(first).toMatchObject({ position: 0, active: true, amount: undefined, zone: lot4 });
    expect(second).toMatchObject({
      position: 1,
      amount: "12.50",
      currency: "CAD",
      permitNumberPattern: "L5-{plate}",
    });
    expect(await templates.get(second.id)).toEqual(second);
    const [event] = await accounts.audit.list({ action: "template.create", limit: 1 });
    expect(event?.subject).toEqual({ type: "template", id: second.id });
    expect(event?.changes).toEqual({
      name: { before: null, after: "Overnight" },
      zone: { before: null, after: "Lot 5" },
      duration: { before: null, after: "nextDayAt:09:00" },
      amount: { before: null, after: "12.50" },
      currency: { before: null, after: "CAD" },
      permitNumberPattern: { before: null, after: "L5-{plate}" },
      position: { before: null, after: 1 },
      active: { before: null, after: true },
    });
  });

  it("keeps no currency for a free permit and refuses an amount without one", async () => {
    const free = await templates.create({ ...guest(), currency: "CAD" }, admin);
    expect(free.currency).toBeUndefined();
    await expect(
      templates.create({ ...guest(), name: "Paid", amount: "5" }, admin),
    ).rejects.toThrow("template_currency_required");
    await expect(
      templates.create({ ...guest(), name: "Odd", permitNumberPattern: "{when}" }, admin),
    ).rejects.toBeInstanceOf(RangeError);
    await expect(templates.create({ ...guest(), zoneId: "nowhere" }, admin)).rejects.toBeInstanceOf(
      ZoneNotFoundError,
    );
  });

  it("lists by position then name, whatever the capitals, filtered by zone and by use", async () => {
    const b = await templates.create({ ...guest(), name: "b visitor" }, admin);
    const a = await templates.create({ ...guest(), name: "A contractor", zoneId: lot5.id }, admin);
    const c = await templates.create({ ...guest(), name: "C courier" }, admin);
    await templates.update(a.id, { position: 0 }, admin);
    await templates.update(c.id, { active: false }, admin);
    const names = (list: { name: string }[]) => list.map((template) => template.name);
    expect(names(await templates.list())).toEqual(["A contractor", "b visitor", "C courier"]);
    expect(names(await templates.list({ zoneIds: [lot4.id] }))).toEqual(["b visitor", "C courier"]);
    expect(names(await templates.list({ activeOnly: true }))).toEqual([
      "A contractor",
      "b visitor",
    ]);
    expect(await templates.list({ zoneIds: [] })).toEqual([]);
    expect(b.position).toBe(0);
  });

  it("refuses a second template of the same name in a zone, whatever the capitals, while the first is in use", async () => {
    const first = await templates.create(guest(), admin);
    await expect(templates.create({ ...guest(), name: "GUEST 2 H" }, admin)).rejects.toEqual(
      new TemplateNameTakenError("GUEST 2 H", "Lot 4"),
    );
    expect((await templates.create({ ...guest(), zoneId: lot5.id }, admin)).name).toBe("Guest 2 h");
    await templates.update(first.id, { active: false }, admin);
    const second = await templates.create(guest(), admin);
    expect(second.active).toBe(true);
    await expect(templates.update(first.id, { active: true }, admin)).rejects.toBeInstanceOf(
      TemplateNameTakenError,
    );
    expect((await templates.get(first.id))?.active).toBe(false);
  });

  it("replaces a template's content, keeping its position and use, and audits only what changed", async () => {
    const template = await templates.create(guest(), admin);
    await templates.update(template.id, { position: 7 }, admin);
    time.advance(60_000);
    const replaced = await templates.replace(
      template.id,
      { ...guest(), zoneId: lot5.id, duration: { kind: "days", days: 3 } },
      admin,
    );
    expect(replaced).toMatchObject({
      name: "Guest 2 h",
      zone: lot5,
      duration: { kind: "days", days: 3 },
      position: 7,
      active: true,
      updatedAt: time.clock(),
    });
    const [event] = await accounts.audit.list({ action: "template.update", limit: 1 });
    expect(event?.changes).toEqual({
      zone: { before: "Lot 4", after: "Lot 5" },
      duration: { before: "hours:2", after: "days:3" },
    });
    await templates.replace(
      template.id,
      { ...guest(), zoneId: lot5.id, duration: { kind: "days", days: 3 } },
      admin,
    );
    expect(await accounts.audit.list({ action: "template.update" })).toHaveLength(2);
  });

  it("says which template it could not find", async () => {
    await expect(templates.replace("missing", guest(), admin)).rejects.toBeInstanceOf(
      TemplateNotFoundError,
    );
    await expect(templates.update("missing", { active: false }, admin)).rejects.toBeInstanceOf(
      TemplateNotFoundError,
    );
    expect(await templates.get("missing")).toBeUndefined();
  });

  it("refuses rows the domain does not allow", async () => {
    const insert = (id: string, amount: string | null, currency: string | null, active: number) =>
      sql`insert into templates (id, name, zone_id, duration, amount, currency, position, active,
          created_at, updated_at)
        values (${id}, 'T', ${lot4.id}, '{"kind":"endOfDay"}', ${amount}, ${currency}, 0, ${active},
          1, 1)`.execute(database.db);
    await expect(insert("t1", "5.00", "CAD", 0)).resolves.toBeDefined();
    await expect(insert("t2", "5.00", null, 0)).rejects.toThrow(/check/i);
    await expect(insert("t3", null, "CAD", 0)).rejects.toThrow(/check/i);
    await expect(insert("t4", null, null, 2)).rejects.toThrow(/check/i);
    await expect(
      sql`insert into templates (id, name, zone_id, duration, position, created_at, updated_at)
        values ('t5', 'T', 'nowhere', '{}', 0, 1, 1)`.execute(database.db),
    ).rejects.toThrow(/foreign key/i);
  });
});
