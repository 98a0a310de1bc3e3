import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { manualClock } from "../testing/manual-clock.ts";
import {
  createSignInThrottle,
  delayAfter,
  FAILURE_MEMORY_MS,
  MAX_DELAY_MS,
  type SignInThrottle,
} from "./sign-in-throttle.ts";

describe("delayAfter", () => {
  it("lets three failures pass, then doubles from one second and stops at thirty", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(delayAfter)).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});

describe.each(testDialects())("the sign-in throttle on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let throttle: SignInThrottle;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    throttle = createSignInThrottle(database.db);
  });

  afterEach(async () => {
    await database.drop();
  });

  async function fail(times: number, username = "ana") {
    let delay = 0;
    for (let count = 0; count < times; count++) {
      const check = await throttle.check(username, time.clock());
      if (!check.allowed) time.advance(check.retryAfterMs);
      delay = await throttle.recordFailure(username, time.clock());
    }
    return delay;
  }

  it("allows a username with no failures", async () => {
    expect(await throttle.check("ana", time.clock())).toEqual({ allowed: true });
  });

  it("makes the wait grow after the third failure, for the same username in any case", async () => {
    await fail(3, "Ana");
    expect(await throttle.check("ana", time.clock())).toEqual({ allowed: true });
    expect(await throttle.recordFailure("ANA", time.clock())).toBe(1_000);
    expect(await throttle.check("ana", time.clock())).toEqual({
      allowed: false,
      retryAfterMs: 1_000,
    });
    time.advance(400);
    expect(await throttle.check("ana", time.clock())).toEqual({
      allowed: false,
      retryAfterMs: 600,
    });
    time.advance(600);
    expect(await throttle.recordFailure("ana", time.clock())).toBe(2_000);
  });

  it("never makes anyone wait longer than the cap", async () => {
    expect(await fail(20)).toBe(MAX_DELAY_MS);
    const check = await throttle.check("ana", time.clock());
    expect(check).toEqual({ allowed: false, retryAfterMs: MAX_DELAY_MS });
    time.advance(MAX_DELAY_MS);
    expect(await throttle.check("ana", time.clock())).toEqual({ allowed: true });
  });

  it("starts again from nothing after a success", async () => {
    await fail(6);
    await throttle.recordSuccess("ana");
    expect(await throttle.check("ana", time.clock())).toEqual({ allowed: true });
    expect(await fail(3)).toBe(0);
  });

  it("forgets failures older than its memory", async () => {
    await fail(8);
    time.advance(FAILURE_MEMORY_MS + 1);
    expect(await throttle.recordFailure("ana", time.clock())).toBe(0);
    expect(await throttle.prune(time.clock())).toBe(0);
    time.advance(FAILURE_MEMORY_MS);
    expect(await throttle.prune(time.clock())).toBe(1);
  });

  it("counts every one of many failures arriving at once", async () => {
    await Promise.all(Array.from({ length: 6 }, () => throttle.recordFailure("ana", time.clock())));
    const rows = await database.db.selectFrom("sign_in_throttle").selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ username_key: "ana", failures: 6 })]);
  });

  it("keeps one username's failures from slowing another's", async () => {
    await fail(10, "ana");
    expect(await throttle.check("bo", time.clock())).toEqual({ allowed: true });
  });
});
