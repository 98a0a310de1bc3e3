import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtOnce, insertRow } from "./built-once.ts";
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

  it("runs a statement built once for whichever values it is given, wherever each stands, keeping the statement's own constants", async () => {
    for (const [id, label, action] of [
      ["g", "Gabrielle", "auth.sign_in"],
      ["h", "h", "auth.sign_in"],
      ["i", "Idris", "auth.sign_out"],
    ] as const) {
      await insertRow(database.db, "audit_events", event(id, { actor_label: label, action }));
    }
    let builds = 0;
    const signInsNamed = async (name: string, after: number) => {
      const { rows } = await builtOnce(database.db, "sign-ins named", { name, after }, (values) => {
        builds += 1;
        return database.db
          .selectFrom("audit_events")
          .select("id")
          .where((eb) => eb.or([eb("id", "=", values.name), eb("actor_label", "=", values.name)]))
          .where("action", "=", "auth.sign_in")
          .where("at", ">", values.after)
          .orderBy("id");
      });
      return rows;
    };

    expect(await signInsNamed("Gabrielle", 0)).toEqual([{ id: "g" }]);
    expect(await signInsNamed("Gabrielle", 1_000)).toEqual([]);
    expect(await signInsNamed("h", 999)).toEqual([{ id: "h" }]);
    expect(await signInsNamed("i", 0)).toEqual([]);
    expect(await signInsNamed("Idris", 0)).toEqual([]);
    expect(builds).toBe(1);
  });

  it("counts the rows a statement built once changed", async () => {
    await insertRow(database.db, "audit_events", event("j"));
    const relabel = (id: string, label: string) =>
      builtOnce(database.db, "relabel", { id, label }, (values) =>
        database.db
          .updateTable("audit_events")
          .set({ actor_label: values.label })
          .where("id", "=", values.id),
      );

    expect((await relabel("j", "Jo")).numAffectedRows).toBe(1n);
    expect((await relabel("nobody", "Jo")).numAffectedRows).toBe(0n);
    expect((await stored()).map((row) => row.actor_label)).toEqual(["Jo"]);
  });
});
