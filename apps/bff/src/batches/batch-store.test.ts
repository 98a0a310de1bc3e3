import { randomUUID } from "node:crypto";
import { CompiledQuery, type KyselyPlugin, sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { Clock } from "../clock.ts";
import type { DatabaseHandle } from "../db/open-database.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { issued, pendingEntry, testJournal } from "../journal/test-entries.ts";
import { createOwnership } from "../ownership/ownership.ts";
import { validDraft } from "../testing/test-app.ts";
import { createBatches, rowKey } from "./batch-store.ts";

const clock: Clock = () => new Date();

/** A server process on `database`: its lease, and the batches it may send. */
async function serverOn(database: DatabaseHandle) {
  const ownership = createOwnership(database.db, {
    dialect: database.dialect,
    clock,
    instanceId: randomUUID(),
    leaseMs: 30_000,
    opscomTimeoutMs: 10_000,
  });
  await ownership.register();
  const batches = createBatches(database.db, {
    clock,
    dialect: database.dialect,
    instanceId: ownership.instanceId,
  });
  return { ownership, batches };
}

let databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.map((database) => database.drop()));
  databases = [];
});

describe.each(testDialects())("a running list's owner (%s)", (dialect) => {
  it("is the one server that claimed it while its lease lives, and another once that lease is gone", async () => {
    const database = await createTestDatabase(dialect);
    databases.push(database);
    const first = await serverOn(database);
    const second = await serverOn(database.connectAgain());
    const batch = await first.batches.create({
      createdBy: "user-1",
      actor: "ana",
      zoneIds: ["zone-1"],
      templateId: undefined,
      values: {},
      rows: [
        { position: 1, plate: "OWN1", draft: { ...validDraft, plate: "OWN1" }, zoneId: "zone-1" },
      ],
    });
    // Not started: nobody sends it.
    expect(await first.batches.claimRunnable()).toEqual([]);
    expect(await first.batches.setState(batch.id, "running", ["ready", "paused"])).toBe(true);

    expect((await first.batches.claimRunnable()).map((each) => each.id)).toEqual([batch.id]);
    expect(await second.batches.claimRunnable()).toEqual([]);
    expect((await first.batches.claimRunnable()).map((each) => each.id)).toEqual([batch.id]);

    // The first server stops (or its lease lapses): the second takes the list on.
    await first.ownership.release();
    expect((await second.batches.claimRunnable()).map((each) => each.id)).toEqual([batch.id]);
    expect((await second.batches.get(batch.id))?.ownerInstanceId).toBe(second.ownership.instanceId);
    expect(await first.batches.claimRunnable()).toEqual([]);

    // Paused, it is nobody's to send.
    expect(await second.batches.setState(batch.id, "paused", ["ready", "running"])).toBe(true);
    expect(await second.batches.claimRunnable()).toEqual([]);
  });
});

describe.each(testDialects())("a list's counts (%s)", (dialect) => {
  it("are read from the list's own rows, however many entries its author journalled before: the server is not held meanwhile", async () => {
    const database = await createTestDatabase(dialect);
    databases.push(database);
    const { batches } = await serverOn(database);
    // What the counts ask, as SQLite will run it: each statement the store compiles is kept.
    const asked: CompiledQuery[] = [];
    const recorder: KyselyPlugin = {
      transformQuery: ({ node, queryId }) => {
        asked.push(database.db.getExecutor().compileQuery(node, queryId));
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const counting = createBatches(database.db.withPlugin(recorder), {
      clock,
      dialect: database.dialect,
      instanceId: randomUUID(),
    });
    const size = 4_000;
    const rows = Array.from({ length: size }, (_, n) => ({
      position: n + 1,
      plate: `COUNT${n}`,
      draft: { ...validDraft, plate: `COUNT${n}` },
      zoneId: "zone-1",
    }));
    const list = {
      createdBy: "user-1",
      actor: "ana",
      zoneIds: ["zone-1"],
      templateId: undefined,
      values: {},
      rows,
    };
    // The planner's statistics, as the server takes them when it opens the journal: a new
    // site's, a few permits issued at the desk (each under its key) and none by the manager.
    const journal = testJournal(database.db, { clock });
    for (let n = 0; n < 5; n++) {
      const entry = await journal.insertPending(
        pendingEntry({ actor: "desk", plate: `FIRST${n}`, idempotencyKey: randomUUID() }),
      );
      await journal.recordOutcome(entry.id, issued(`first-${n}`));
    }
    await sql`analyze`.execute(database.db);

    const sent = await batches.create(list);
    // Every row issued, journalled under its key by the list's author, as the runner does.
    await database.db.transaction().execute(async (trx) => {
      const inTransaction = testJournal(trx, { clock });
      for (const row of rows) {
        const entry = await inTransaction.insertPending(
          pendingEntry({
            actor: "ana",
            plate: row.plate,
            idempotencyKey: rowKey(sent.id, row.position),
          }),
        );
        await inTransaction.recordOutcome(entry.id, issued(`ref-${row.position}`));
      }
    });
    const next = await batches.create(list);

    const [sentCounts, nextCounts] = [await counting.counts(sent), await counting.counts(next)];
    expect(sentCounts).toMatchObject({ issued: size, pending: 0, waiting: 0 });
    expect(nextCounts).toMatchObject({ issued: 0, pending: 0, waiting: size });
    // On SQLite the counts run on the server's one thread, and its statistics stay as they were
    // at the start: the list's rows must be read first, each row's entries found by an index.
    // (PostgreSQL keeps its own statistics fresh, and does not hold the server's thread.)
    if (dialect !== "sqlite") return;
    const joins = asked.filter(
      ({ sql }) => sql.includes('"batch_rows" as "r"') && sql.includes('"journal_entries" as "e"'),
    );
    expect(joins.length).toBeGreaterThan(0);
    for (const query of joins) {
      const plan = await database.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      const steps = plan.rows.map(({ detail }) => detail).filter((d) => /^(SCAN|SEARCH) /.test(d));
      expect(steps[0], query.sql).toMatch(/^SEARCH r USING INDEX/);
      expect(
        steps.filter((step) => /\be\b/.test(step)),
        query.sql,
      ).toEqual(steps.filter((step) => /^SEARCH e (EXISTS )?USING (COVERING )?INDEX/.test(step)));
    }
  }, 60_000);
});
