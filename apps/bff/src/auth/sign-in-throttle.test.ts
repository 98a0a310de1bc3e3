import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { manualClock } from "../testing/manual-clock.ts";
import {
  ADDRESS_FAILURE_BURST,
  ADDRESS_FAILURE_INTERVAL_MS,
  createSignInThrottle,
  delayAfter,
  FAILURE_MEMORY_MS,
  FREE_FAILURES,
  MAX_DELAY_MS,
  type SignInThrottle,
  type ThrottleDecision,
  throttledAddress,
} from "./sign-in-throttle.ts";

describe("delayAfter", () => {
  it("lets three failures pass, then doubles from one second and stops at thirty", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 50].map(delayAfter)).toEqual([
      0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});

describe("throttledAddress", () => {
  it("keeps an IPv4 address as it is and counts an IPv6 address by its /64", () => {
    expect(throttledAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(throttledAddress("2001:db8:0:12::1")).toBe("2001:db8:0:12::/64");
    expect(throttledAddress("2001:0DB8:0000:0012:ffff:1:2:3")).toBe("2001:db8:0:12::/64");
    expect(throttledAddress("::1")).toBe("0:0:0:0::/64");
  });
});

const A = "198.51.100.7";
const B = "203.0.113.9";

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

  const begin = (username = "ana", address = A) => throttle.begin(username, address, time.clock());

  /** Fails `times` attempts one after another, each as soon as it is allowed; the last decision. */
  async function fail(times: number, username = "ana", address = A) {
    let decision: ThrottleDecision = await begin(username, address);
    for (let count = 1; count < times; count++) {
      if (!decision.allowed) time.advance(decision.retryAfterMs);
      decision = await begin(username, address);
    }
    return decision;
  }

  it("allows the first attempts and makes the next wait after the fourth, for the username in any case", async () => {
    for (let count = 0; count < FREE_FAILURES; count++) {
      expect(await begin("Ana")).toMatchObject({ allowed: true });
    }
    expect(await begin("ANA")).toMatchObject({ allowed: true });
    expect(await begin("ana")).toEqual({
      allowed: false,
      scope: "username",
      retryAfterMs: 1_000,
    });
    time.advance(400);
    expect(await begin("ana")).toMatchObject({ retryAfterMs: 600 });
    time.advance(600);
    expect(await begin("ana")).toMatchObject({ allowed: true });
    expect(await begin("ana")).toMatchObject({ allowed: false, retryAfterMs: 2_000 });
  });

  it("never makes anyone wait longer than the cap", async () => {
    await fail(20);
    expect(await begin()).toMatchObject({ allowed: false, retryAfterMs: MAX_DELAY_MS });
    time.advance(MAX_DELAY_MS);
    expect(await begin()).toMatchObject({ allowed: true });
  });

  it("allows a burst of simultaneous attempts no more checks than the same attempts one by one", async () => {
    const decisions = await Promise.all(Array.from({ length: 200 }, () => begin()));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(FREE_FAILURES + 1);
    expect(decisions.filter((decision) => !decision.allowed)).toHaveLength(200 - 4);
  });

  it("keeps one address's failures from slowing the same username from another", async () => {
    await fail(12, "ana", A);
    expect(await begin("ana", A)).toMatchObject({ allowed: false, scope: "username" });
    expect(await begin("ana", B)).toMatchObject({ allowed: true });
  });

  it("starts again from nothing after a success", async () => {
    await fail(3);
    const last = await begin();
    if (!last.allowed) throw new Error("refused");
    await throttle.succeeded(last.attempt);
    for (let count = 0; count <= FREE_FAILURES; count++) {
      expect(await begin()).toMatchObject({ allowed: true });
    }
  });

  it("gives back an attempt whose password was never checked", async () => {
    await fail(3);
    const fourth = await begin();
    if (!fourth.allowed) throw new Error("refused");
    await throttle.cancel(fourth.attempt);
    expect(await begin()).toMatchObject({ allowed: true });
    expect(await begin()).toMatchObject({ allowed: false, retryAfterMs: 1_000 });
  });

  it("forgets failures older than its memory", async () => {
    await fail(8);
    time.advance(FAILURE_MEMORY_MS + 1);
    expect(await throttle.prune(time.clock())).toBeGreaterThanOrEqual(1);
    for (let count = 0; count <= FREE_FAILURES; count++) {
      expect(await begin()).toMatchObject({ allowed: true });
    }
  });

  it("refuses an address its failures past the ceiling, whatever the username, then lets one more in every interval", async () => {
    for (let count = 0; count < ADDRESS_FAILURE_BURST; count++) {
      expect(await begin(`user${count}`)).toMatchObject({ allowed: true });
    }
    expect(await begin("someone.else")).toEqual({
      allowed: false,
      scope: "address",
      retryAfterMs: ADDRESS_FAILURE_INTERVAL_MS,
    });
    expect(await begin("someone.else", B)).toMatchObject({ allowed: true });
    time.advance(ADDRESS_FAILURE_INTERVAL_MS);
    expect(await begin("someone.else")).toMatchObject({ allowed: true });
    expect(await begin("another")).toMatchObject({ allowed: false, scope: "address" });
  });

  it("does not count successful sign-ins against the address", async () => {
    for (let count = 0; count < ADDRESS_FAILURE_BURST * 2; count++) {
      const decision = await begin(`colleague${count}`);
      if (!decision.allowed) throw new Error(`refused at ${count}`);
      await throttle.succeeded(decision.attempt);
    }
    expect(await begin("one.more")).toMatchObject({ allowed: true });
  });

  it("says how many failures the address has left", async () => {
    const first = await begin("u1");
    expect(first).toMatchObject({ attempt: { addressFailuresLeft: ADDRESS_FAILURE_BURST - 1 } });
    for (let count = 2; count < ADDRESS_FAILURE_BURST; count++) await begin(`u${count}`);
    expect(await begin("last")).toMatchObject({ attempt: { addressFailuresLeft: 0 } });
  });

  it("counts the addresses of one IPv6 /64 as one", async () => {
    for (let count = 0; count < ADDRESS_FAILURE_BURST; count++) {
      await begin(`user${count}`, `2001:db8::${count.toString(16)}`);
    }
    expect(await begin("x", "2001:db8::ffff")).toMatchObject({ allowed: false, scope: "address" });
    expect(await begin("x", "2001:db8:0:1::1")).toMatchObject({ allowed: true });
  });
});
