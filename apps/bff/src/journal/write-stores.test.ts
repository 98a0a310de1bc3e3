import { outcomeDetail } from "@permit-desk/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuditTrail } from "../audit/audit-trail.ts";
import { commitsFor } from "../db/group-commit.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { fingerprintOf } from "../idempotency/fingerprint.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { STOPPED_SERVER } from "../testing/stopped-server.ts";
import { createIdempotencyKeys } from "./idempotency-keys.ts";
import { createJournal } from "./journal.ts";
import { issued, pendingEntry } from "./test-entries.ts";
import { createSubmissions, type Settlement } from "./write-stores.ts";

const scope = "user-ana";
const claimOf = (key: string) => ({ scope, key, fingerprint: fingerprintOf({ key }) });
const answer = { status: 201, body: { referenceId: "ref-1" } };
const auditOf = (entryId: string): Settlement["audit"] => ({
  actor: { userId: null, label: "ana" },
  action: "permit.issue",
  subject: { type: "permit", id: entryId },
});

describe.each(testDialects())("permit submissions on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
  });

  afterEach(async () => {
    await database.drop();
  });

  const stores = (ids: string[]) => {
    const next = [...ids];
    const newId = () => next.shift() ?? crypto.randomUUID();
    return {
      submissions: createSubmissions(database.db, {
        clock: time.clock,
        newId,
        owner: STOPPED_SERVER,
        dialect: database.dialect,
        commit: commitsFor(database.db, database.dialect),
      }),
      journal: createJournal(database.db, { clock: time.clock }),
      keys: createIdempotencyKeys(database.db, { clock: time.clock }),
      audit: createAuditTrail(database.db, { clock: time.clock }),
    };
  };

  it("claims the key and journals the entry as pending together, and runs a key only once", async () => {
    const { submissions, journal } = stores([]);
    const opened = await submissions.open(
      claimOf("key-1"),
      pendingEntry({ idempotencyKey: "key-1" }),
    );
    expect(opened).toMatchObject({ kind: "claimed", value: { state: "pending" } });

    expect(await submissions.open(claimOf("key-1"), pendingEntry())).toEqual({
      kind: "in_progress",
    });
    expect((await journal.list({ limit: 10 })).entries).toHaveLength(1);
  });

  it("leaves the key free when the pending entry cannot be written", async () => {
    const { submissions, journal, keys } = stores(["entry-1", "entry-1"]);
    await submissions.open(claimOf("key-1"), pendingEntry());

    await expect(submissions.open(claimOf("key-2"), pendingEntry())).rejects.toThrow();

    expect((await journal.list({ limit: 10 })).entries).toHaveLength(1);
    expect(await keys.claim(claimOf("key-2"))).toEqual({ kind: "claimed" });
  });

  it("records the outcome, its audit event and the key's answer together", async () => {
    const { submissions, journal, keys, audit } = stores([]);
    const opened = await submissions.open(claimOf("key-1"), pendingEntry());
    if (opened.kind !== "claimed") throw new Error(`not claimed: ${opened.kind}`);
    const entryId = opened.value.id;

    const settlement = { entryId, outcome: issued("ref-1"), audit: auditOf(entryId) };
    expect(await submissions.settle({ ...settlement, key: claimOf("key-1"), answer })).toBe(true);

    expect(await journal.get(entryId)).toMatchObject({ state: "issued", referenceId: "ref-1" });
    expect(await keys.claim(claimOf("key-1"))).toEqual({ kind: "replay", ...answer });
    expect(await audit.list({ subject: { type: "permit", id: entryId } })).toHaveLength(1);
  });

  it("records no outcome when the rest of the settlement fails: the entry stays pending, its key claimed", async () => {
    const { submissions, journal, keys, audit } = stores([
      "entry-1",
      "entry-2",
      "audit-1",
      "audit-1",
    ]);
    for (const key of ["key-1", "key-2"]) {
      await submissions.open(claimOf(key), pendingEntry({ idempotencyKey: key }));
    }
    const settle = (entryId: string, key: string) =>
      submissions.settle({
        entryId,
        outcome: issued(`ref-${key}`),
        key: claimOf(key),
        answer,
        audit: auditOf(entryId),
      });
    await settle("entry-1", "key-1");

    await expect(settle("entry-2", "key-2")).rejects.toThrow();

    expect(await journal.get("entry-2")).toMatchObject({ state: "pending" });
    expect(await keys.claim(claimOf("key-2"))).toEqual({ kind: "in_progress" });
    expect(await audit.list({ subject: { type: "permit", id: "entry-2" } })).toHaveLength(0);
  });

  it("frees the key with the outcome when nothing was sent, so the submission may be sent again", async () => {
    const { submissions, journal, keys } = stores([]);
    const opened = await submissions.open(claimOf("key-1"), pendingEntry());
    if (opened.kind !== "claimed") throw new Error(`not claimed: ${opened.kind}`);
    const entryId = opened.value.id;

    await submissions.settle({
      entryId,
      outcome: {
        kind: "not_sent",
        detail: outcomeDetail("connection_not_made", { error: "ECONNREFUSED", attempts: 1 }),
        attempts: 1,
        durationMs: 3,
      },
      key: claimOf("key-1"),
      answer: undefined,
      audit: auditOf(entryId),
    });

    expect(await journal.get(entryId)).toMatchObject({ state: "not_sent" });
    expect(await keys.claim(claimOf("key-1"))).toEqual({ kind: "claimed" });
  });

  it("tells a request whose draft was refused what an earlier request under its key left", async () => {
    const { submissions } = stores([]);
    expect(await submissions.earlier(claimOf("key-1"))).toBeUndefined();
    await submissions.open(claimOf("key-1"), pendingEntry());

    expect(await submissions.earlier(claimOf("key-1"))).toEqual({ kind: "in_progress" });
    expect(await submissions.earlier({ ...claimOf("key-1"), fingerprint: "other" })).toEqual({
      kind: "mismatch",
    });
  });
});
