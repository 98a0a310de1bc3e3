import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Clock } from "../clock.ts";
import { commitsFor } from "../db/group-commit.ts";
import type { DatabaseHandle } from "../db/open-database.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { fingerprintOf } from "../idempotency/fingerprint.ts";
import { createJournal } from "../journal/journal.ts";
import { issued, pendingEntry, testJournal } from "../journal/test-entries.ts";
import { createPermitChanges, createSubmissions } from "../journal/write-stores.ts";
import { manualClock } from "../testing/manual-clock.ts";
import {
  createOwnership,
  INTERRUPTED_DETAIL,
  LAPSED_LEASE_RETENTION_MS,
  OWNERLESS_GRACE_MS,
} from "./ownership.ts";

const systemClock: Clock = () => new Date();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server process on `database`: its lease, and the permits and changes it sends. */
function serverOn(
  database: DatabaseHandle,
  options: { leaseMs?: number; opscomTimeoutMs?: number; clock?: Clock } = {},
) {
  const clock = options.clock ?? systemClock;
  const ownership = createOwnership(database.db, {
    dialect: database.dialect,
    clock,
    instanceId: randomUUID(),
    leaseMs: options.leaseMs ?? 30_000,
    opscomTimeoutMs: options.opscomTimeoutMs ?? 10_000,
  });
  const owner = ownership.instanceId;
  const writes = {
    owner,
    dialect: database.dialect,
    commit: commitsFor(database.db, database.dialect),
  };
  const submissions = createSubmissions(database.db, { clock, ...writes });
  const permitChanges = createPermitChanges(database.db, { clock, ...writes });
  const claim = (key: string) => ({ scope: "ana", key, fingerprint: fingerprintOf(key) });

  /** A permit it is still sending to OPSCOM. */
  async function sending(plate: string) {
    const opened = await submissions.open(claim(randomUUID()), pendingEntry({ plate }));
    if (opened.kind !== "claimed") throw new Error(opened.kind);
    return opened.value.id;
  }

  /** A permit OPSCOM issued, and a correction of it that is still being sent. */
  async function changing(plate: string) {
    const key = claim(randomUUID());
    const opened = await submissions.open(key, pendingEntry({ plate }));
    if (opened.kind !== "claimed") throw new Error(opened.kind);
    const permit = opened.value;
    await submissions.settle({
      entryId: permit.id,
      outcome: issued(`ref-${plate}`),
      key,
      answer: { status: 201, body: {} },
      audit: { actor: { userId: null, label: "ana" }, action: "permit.issue" },
    });
    const change = await permitChanges.open(
      claim(randomUUID()),
      {
        permitId: permit.id,
        actor: "ana",
        action: "update",
        reason: "Typo",
        fields: { plate: { before: plate, after: `${plate}X` } },
        sentBody: {},
        after: { ...permit.current, plate: `${plate}X` },
        idempotencyKey: "unused",
      },
      0,
    );
    if (change.kind !== "claimed") throw new Error(change.kind);
    return change.value.id;
  }

  return { ownership, sending, changing };
}

describe.each(testDialects())("who may call a pending permit interrupted, on %s", (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.drop();
  });

  const stateOf = async (permitId: string) =>
    (await createJournal(database.db, { clock: systemClock }).get(permitId))?.state;
  const changeStateOf = async (changeId: string) =>
    (await createJournal(database.db, { clock: systemClock }).getChange(changeId))?.state;

  it("spares another server's pending permits and changes while its lease is live, however short the recovering server's deadline", async () => {
    const sender = serverOn(database);
    await sender.ownership.register();
    const permit = await sender.sending("LIVE1");
    const change = await sender.changing("LIVE2");

    const impatient = serverOn(database.connectAgain(), { opscomTimeoutMs: 100 });
    await impatient.ownership.register();
    await pause(200);

    expect(await impatient.ownership.recoverOrphans()).toBe(0);
    expect(await stateOf(permit)).toBe("pending");
    expect(await changeStateOf(change)).toBe("pending");
  });

  // On SQLite one process serves the file, so there is no second clock to disagree with.
  it.runIf(dialect === "postgres")(
    "judges leases by the database's clock, so a server whose clock runs an hour ahead spares them too",
    async () => {
      const sender = serverOn(database);
      await sender.ownership.register();
      const permit = await sender.sending("LIVE3");
      const ahead = manualClock(new Date(Date.now() + 3_600_000).toISOString());
      const early = serverOn(database.connectAgain(), { clock: ahead.clock });
      await early.ownership.register();

      expect(await early.ownership.recoverOrphans()).toBe(0);
      expect(await stateOf(permit)).toBe("pending");
      expect(await sender.ownership.renew()).toBe("renewed");
    },
  );

  it("marks a stopped server's pending permit and change unknown once its lease has lapsed", async () => {
    const stopped = serverOn(database, { leaseMs: 300 });
    await stopped.ownership.register();
    const permit = await stopped.sending("GONE1");
    const change = await stopped.changing("GONE2");
    const other = serverOn(database.connectAgain());
    await other.ownership.register();
    expect(await other.ownership.recoverOrphans()).toBe(0);

    await pause(600);

    expect(await other.ownership.recoverOrphans()).toBe(2);
    const journal = createJournal(database.db, { clock: systemClock });
    expect(await journal.get(permit)).toMatchObject({
      state: "unknown",
      outcomeReason: "interrupted",
      outcomeDetail: INTERRUPTED_DETAIL,
      recoveredAt: expect.any(Date),
    });
    expect(await journal.getChange(change)).toMatchObject({
      state: "unknown",
      outcomeReason: "interrupted",
    });
    expect(await other.ownership.recoverOrphans()).toBe(0);
  });

  it("leaves what a server sent to others at once when it releases its lease on a clean stop", async () => {
    const stopping = serverOn(database);
    await stopping.ownership.register();
    const permit = await stopping.sending("DONE1");
    const other = serverOn(database.connectAgain());
    await other.ownership.register();

    await stopping.ownership.release();

    expect(await other.ownership.recoverOrphans()).toBe(1);
    expect(await stateOf(permit)).toBe("unknown");
  });

  it("calls its own pending permits interrupted only once past its own OPSCOM deadline", async () => {
    const time = manualClock(new Date().toISOString());
    const server = serverOn(database, { clock: time.clock, opscomTimeoutMs: 10_000 });
    await server.ownership.register();
    const permit = await server.sending("MINE1");

    time.advance(39_000);
    expect(await server.ownership.recoverOrphans()).toBe(0);
    time.advance(2_000);
    expect(await server.ownership.recoverOrphans()).toBe(1);
    expect(await stateOf(permit)).toBe("unknown");
  });

  it("finds its own lease lapsed after a pause, takes it again, and keeps what it sends from then on", async () => {
    const paused = serverOn(database, { leaseMs: 300 });
    await paused.ownership.register();
    const before = await paused.sending("PAUSE1");
    const other = serverOn(database.connectAgain());
    await other.ownership.register();

    await pause(600);
    expect(await other.ownership.recoverOrphans()).toBe(1);
    expect(await paused.ownership.renew()).toBe("lapsed");
    const after = await paused.sending("PAUSE2");

    expect(await other.ownership.recoverOrphans()).toBe(0);
    expect(await stateOf(before)).toBe("unknown");
    expect(await stateOf(after)).toBe("pending");
    expect(await paused.ownership.renew()).toBe("renewed");
  });

  it("takes the lease again when it was deleted from under it", async () => {
    const server = serverOn(database);
    await server.ownership.register();
    await database.db.deleteFrom("instance_leases").execute();

    expect(await server.ownership.renew()).toBe("lapsed");
    expect(await server.ownership.renew()).toBe("renewed");
  });

  it("recovers a permit journalled before leases existed only once it is older than any deadline could be", async () => {
    const now = Date.now();
    const writtenAt = (ago: number) =>
      testJournal(database.db, { clock: () => new Date(now - ago) }).insertPending(
        pendingEntry({ plate: `OLD${ago}` }),
      );
    const old = await writtenAt(OWNERLESS_GRACE_MS + 60_000);
    const recent = await writtenAt(OWNERLESS_GRACE_MS - 60_000);
    const server = serverOn(database);
    await server.ownership.register();

    expect(await server.ownership.recoverOrphans()).toBe(1);
    expect(await stateOf(old.id)).toBe("unknown");
    expect(await stateOf(recent.id)).toBe("pending");
    expect(await server.ownership.recoverOrphans({ ownerlessBefore: new Date(now) })).toBe(1);
    expect(await stateOf(recent.id)).toBe("unknown");
  });

  it("forgets a lease a day after it lapsed, and keeps the live ones", async () => {
    const killed = serverOn(database);
    await killed.ownership.register();
    const live = serverOn(database.connectAgain());
    await live.ownership.register();

    expect(await live.ownership.pruneLeases()).toBe(0);
    const lapsedLongAgo = Date.now() - LAPSED_LEASE_RETENTION_MS - 60_000;
    await database.db
      .updateTable("instance_leases")
      .set({ expires_at: lapsedLongAgo })
      .where("instance_id", "=", killed.ownership.instanceId)
      .execute();

    expect(await live.ownership.pruneLeases()).toBe(1);
    expect(await live.ownership.renew()).toBe("renewed");
  });

  it("drops the leases of earlier starts when it is the only process on the database, and recovers what they left", async () => {
    const earlier = serverOn(database);
    await earlier.ownership.register();
    const permit = await earlier.sending("EARLY1");
    const restarted = serverOn(database.connectAgain());

    await restarted.ownership.register({ onlyProcess: true });

    expect(await restarted.ownership.recoverOrphans()).toBe(1);
    expect(await stateOf(permit)).toBe("unknown");
  });
});
