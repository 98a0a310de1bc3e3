import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { Clock } from "../clock.ts";
import type { DatabaseHandle } from "../db/open-database.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { createOwnership } from "../ownership/ownership.ts";
import { validDraft } from "../testing/test-app.ts";
import { createBatches } from "./batch-store.ts";

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
