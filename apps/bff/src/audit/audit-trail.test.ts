import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { type AuditTrail, createAuditTrail } from "./audit-trail.ts";
import { changesBetween } from "./changes.ts";

const cli = { userId: null, label: "cli" };

describe("changesBetween", () => {
  it("keeps only the fields whose values differ, as before → after", () => {
    expect(
      changesBetween(
        { role: "validator", zones: ["Lot 4"], name: "Ana" },
        {
          role: "manager",
          zones: ["Lot 4"],
          name: "Ana",
        },
      ),
    ).toEqual({ role: { before: "validator", after: "manager" } });
  });

  it("starts every field of something new from null", () => {
    expect(changesBetween(undefined, { name: "Lot 4" })).toEqual({
      name: { before: null, after: "Lot 4" },
    });
  });
});

describe.each(testDialects())("the audit trail on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let audit: AuditTrail;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    audit = createAuditTrail(database.db, { clock: time.clock });
  });

  afterEach(async () => {
    await database.drop();
  });

  it("gives back an event as recorded, changes and detail parsed", async () => {
    const recorded = await audit.record({
      actor: cli,
      action: "setting.update",
      subject: { type: "setting", id: "defaultCurrency" },
      changes: { value: { before: "CAD", after: "USD" } },
      detail: { note: "new site" },
    });
    expect(await audit.list()).toEqual([recorded]);
    expect(recorded).toMatchObject({ at: time.clock(), actor: cli, action: "setting.update" });
  });

  it("lists newest first and pages without skipping events of the same millisecond", async () => {
    for (let count = 0; count < 5; count++) {
      await audit.record({ actor: cli, action: "zone.create", detail: { count } });
      if (count % 2 === 0) time.advance(1);
    }
    const all = await audit.list();
    const firstPage = await audit.list({ limit: 2 });
    const last = firstPage.at(-1);
    if (last === undefined) throw new Error("empty page");
    const rest = await audit.list({ after: last });
    expect([...firstPage, ...rest]).toEqual(all);
    expect(all.map((event) => event.at.getTime())).toEqual(
      [...all.map((event) => event.at.getTime())].sort((a, b) => b - a),
    );
  });

  it("filters by action and by subject", async () => {
    await audit.record({ actor: cli, action: "zone.create", subject: { type: "zone", id: "z1" } });
    await audit.record({ actor: cli, action: "zone.update", subject: { type: "zone", id: "z1" } });
    await audit.record({ actor: cli, action: "zone.update", subject: { type: "zone", id: "z2" } });
    expect(await audit.list({ action: "zone.update" })).toHaveLength(2);
    const ofZ1 = await audit.list({ subject: { type: "zone", id: "z1" } });
    expect(ofZ1.map((event) => event.action).sort()).toEqual(["zone.create", "zone.update"]);
  });

  it("refuses to read back a row whose changes column is not before → after", async () => {
    const event = await audit.record({ actor: cli, action: "zone.create" });
    await database.db
      .updateTable("audit_events")
      .set({ changes: '{"name":"Lot 4"}' })
      .where("id", "=", event.id)
      .execute();
    await expect(audit.list()).rejects.toThrow("audit_events.changes");
  });
});
