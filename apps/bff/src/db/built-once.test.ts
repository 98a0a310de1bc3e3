import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertRow, queryBy } from "./built-once.ts";
import type { AuditEventsTable } from "./database.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "./test-databases.ts";

const event = (id: string, fields: Partial<AuditEventsTable> = {}): AuditEventsTable => ({
  id,
  at: 1_000,
  actor_id: null,
  actor_label: `actor of ${id}`,
  action: "auth.sign_in",
  subject_type: null,
  subject_id: null,
  changes: null,
  detail: null,
  ...fields,
});

describe.each(testDialects())("insertRow on %s", (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(() => database.close());

  const stored = () => database.db.selectFrom("audit_events").selectAll().orderBy("id").execute();

  it("stores each row's values in their own columns, however the row's keys are ordered, time after time", async () => {
    const rows = [
      event("a", { subject_type: "permit", subject_id: "p-1", changes: "{}" }),
      // The same columns in the opposite order, and other values (nulls where the first had text).
      Object.fromEntries(
        Object.entries(
          event("b", { action: "auth.sign_out", detail: '{"ip":"10.0.0.1"}', at: 2_000 }),
        ).reverse(),
      ) as unknown as AuditEventsTable,
      event("c", { at: 3_000, detail: '{"reason":"x"}', actor_label: "Camille" }),
    ];
    for (const row of rows) await insertRow(database.db, "audit_events", row);

    expect(await stored()).toEqual(rows);
  });

  it("leaves out a column whose value is undefined, as Kysely does, so the table's default holds", async () => {
    await insertRow(database.db, "audit_events", { ...event("d"), detail: undefined });
    await insertRow(database.db, "audit_events", event("e", { detail: "{}" }));

    expect((await stored()).map((row) => [row.id, row.detail])).toEqual([
      ["d", null],
      ["e", "{}"],
    ]);
  });

  it("runs inside the caller's transaction, undone with it", async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await insertRow(trx, "audit_events", event("f"));
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await stored()).toEqual([]);
  });

  it("runs a query built once for whichever value it is given, wherever the value stands, keeping the query's own constants", async () => {
    for (const [id, label, action] of [
      ["g", "Gabrielle", "auth.sign_in"],
      ["h", "h", "auth.sign_in"],
      ["i", "Idris", "auth.sign_out"],
    ] as const) {
      await insertRow(database.db, "audit_events", event(id, { actor_label: label, action }));
    }
    let builds = 0;
    const signInsNamed = queryBy(database.db, (value) => {
      builds += 1;
      return database.db
        .selectFrom("audit_events")
        .select("id")
        .where((eb) => eb.or([eb("id", "=", value), eb("actor_label", "=", value)]))
        .where("action", "=", "auth.sign_in")
        .orderBy("id");
    });

    expect(await signInsNamed("Gabrielle")).toEqual([{ id: "g" }]);
    expect(await signInsNamed("h")).toEqual([{ id: "h" }]);
    expect(await signInsNamed("i")).toEqual([]);
    expect(await signInsNamed("Idris")).toEqual([]);
    expect(builds).toBe(1);
  });
});
