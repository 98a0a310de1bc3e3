import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { fingerprintOf } from "../idempotency/fingerprint.ts";
import { manualClock } from "../testing/manual-clock.ts";
import {
  createIdempotencyKeys,
  IDEMPOTENCY_KEY_RETENTION_MS,
  type IdempotencyKeys,
} from "./idempotency-keys.ts";

const scope = "staff:ana";
const key = "5b0c9a52-4a7e-4a52-9a3c-7d0b3c1e2f10";
const body = { plate: "PL8RDR", zone: "Lot 4" };
const fingerprint = fingerprintOf(body);
const answer = { referenceId: "1a9b5375", plate: "PL8RDR" };

describe.each(testDialects())("idempotency keys on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let keys: IdempotencyKeys;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    keys = createIdempotencyKeys(database.db, { clock: time.clock });
  });

  afterEach(async () => {
    await database.drop();
  });

  it("lets the first request with a key run, and answers 'in progress' to a second one meanwhile", async () => {
    expect(await keys.claim({ scope, key, fingerprint })).toEqual({ kind: "claimed" });
    expect(await keys.claim({ scope, key, fingerprint })).toEqual({ kind: "in_progress" });
  });

  it("replays the stored answer to the same request once it finished", async () => {
    await keys.claim({ scope, key, fingerprint });
    expect(await keys.complete({ scope, key, status: 201, body: answer })).toBe(true);
    const again = await keys.claim({
      scope,
      key,
      fingerprint: fingerprintOf({ zone: "Lot 4", plate: "PL8RDR" }),
    });
    expect(again).toEqual({ kind: "replay", status: 201, body: answer });
  });

  it("reports a mismatch when the key comes back with another body, running or finished", async () => {
    const other = fingerprintOf({ ...body, zone: "Lot 5" });
    await keys.claim({ scope, key, fingerprint });
    expect(await keys.claim({ scope, key, fingerprint: other })).toEqual({ kind: "mismatch" });
    await keys.complete({ scope, key, status: 201, body: answer });
    expect(await keys.claim({ scope, key, fingerprint: other })).toEqual({ kind: "mismatch" });
  });

  it("keeps each caller's keys apart", async () => {
    await keys.claim({ scope, key, fingerprint });
    expect(await keys.claim({ scope: "staff:bo", key, fingerprint })).toEqual({ kind: "claimed" });
  });

  it("lets a released key run again, but never releases a finished one", async () => {
    await keys.claim({ scope, key, fingerprint });
    expect(await keys.release({ scope, key })).toBe(true);
    expect(await keys.claim({ scope, key, fingerprint })).toEqual({ kind: "claimed" });
    await keys.complete({ scope, key, status: 422, body: { error: "validation" } });
    expect(await keys.release({ scope, key })).toBe(false);
    expect(await keys.claim({ scope, key, fingerprint })).toMatchObject({
      kind: "replay",
      status: 422,
    });
  });

  it("stores no answer for a key nobody holds", async () => {
    expect(await keys.complete({ scope, key, status: 201, body: answer })).toBe(false);
    expect(await keys.claim({ scope, key, fingerprint })).toEqual({ kind: "claimed" });
  });

  it("prunes keys claimed before the cut-off and keeps the later ones", async () => {
    await keys.claim({ scope, key: "old", fingerprint });
    await keys.complete({ scope, key: "old", status: 201, body: answer });
    time.advance(IDEMPOTENCY_KEY_RETENTION_MS);
    await keys.claim({ scope, key: "recent", fingerprint });

    expect(
      await keys.prune(new Date(time.clock().getTime() - IDEMPOTENCY_KEY_RETENTION_MS + 1)),
    ).toBe(1);
    expect(await keys.claim({ scope, key: "old", fingerprint })).toEqual({ kind: "claimed" });
    expect(await keys.claim({ scope, key: "recent", fingerprint })).toEqual({
      kind: "in_progress",
    });
  });

  it("lets exactly one of several simultaneous claims of a key win, across connections", async () => {
    const elsewhere = createIdempotencyKeys(database.connectAgain().db, { clock: time.clock });
    const claims = Array.from({ length: 8 }, (_, index) =>
      (index % 2 === 0 ? keys : elsewhere).claim({ scope, key, fingerprint }),
    );
    const results = await Promise.all(claims);
    expect(results.filter((result) => result.kind === "claimed")).toHaveLength(1);
    expect(results.filter((result) => result.kind === "in_progress")).toHaveLength(7);
  });
});
