import { isIPv6 } from "node:net";
import { normalizeUsername } from "@permit-desk/schema";
import { type Expression, type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";

/** Mistypes are free up to here; then each failure doubles the wait, from 1 s up to 30 s. */
export const FREE_FAILURES = 3;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;
/** Failures older than this are forgotten: yesterday's mistypes do not slow today's sign-in. */
export const FAILURE_MEMORY_MS = 15 * 60 * 1000;

/**
 * The ceiling per client address across usernames: 20 failed sign-ins at once, then one more
 * every 30 seconds (120 an hour). A success gives its attempt back, so an office behind one
 * address is not held back by its colleagues signing in.
 */
export const ADDRESS_FAILURE_BURST = 20;
export const ADDRESS_FAILURE_INTERVAL_MS = 30_000;

/** An attempt allowed to check its password; already counted as a failure until told otherwise. */
export type SignInAttempt = {
  usernameKey: string;
  address: string;
  at: number;
  lockedUntil: number;
  /** Failures this address may still have before its ceiling, this attempt counted. */
  addressFailuresLeft: number;
};

export type ThrottleDecision =
  | { allowed: true; attempt: SignInAttempt }
  /** `username`: this username from this address; `address`: this address, whatever the username. */
  | { allowed: false; scope: "username" | "address"; retryAfterMs: number };

/**
 * Counts each attempt before its password is checked, in one conditional write per limit, so
 * that attempts arriving together are decided one after another by the database: a burst is
 * allowed no more checks than the same attempts made one by one. Refusals write nothing.
 */
export type SignInThrottle = {
  begin(username: string, address: string, now: Date): Promise<ThrottleDecision>;
  /** The password matched: this username's failures from this address are forgotten. */
  succeeded(attempt: SignInAttempt): Promise<void>;
  /** The password was not checked after all (too busy): gives back what `begin` counted. */
  cancel(attempt: SignInAttempt): Promise<void>;
  /** Forgets what no longer slows anyone down. */
  prune(now: Date): Promise<number>;
};

export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

/** `delayAfter` in SQL, one `when` per step below the cap. */
function delayAfterSql(failures: Expression<number>): Expression<number> {
  const steps = [];
  for (let count = FREE_FAILURES + 1; delayAfter(count) < MAX_DELAY_MS; count++) {
    steps.push(sql`when ${failures} = ${sql.lit(count)} then ${sql.lit(delayAfter(count))}`);
  }
  return sql<number>`case when ${failures} <= ${sql.lit(FREE_FAILURES)} then 0 ${sql.join(steps, sql` `)} else ${sql.lit(MAX_DELAY_MS)} end`;
}

/** A number bound as a 64-bit integer on both dialects: PostgreSQL would guess a 32-bit one. */
function int8(value: number): Expression<number> {
  return sql<number>`cast(${value} as bigint)`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...(tail === undefined ? [] : zeros), ...right];
}

/**
 * The address as the throttle counts it: an IPv6 address by its /64, the block one subscriber
 * holds, so that a client cannot pick a fresh address for every attempt.
 */
export function throttledAddress(address: string): string {
  if (!isIPv6(address)) return address;
  const groups = expandIPv6(address.split("%")[0] ?? address)
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""));
  return `${groups.join(":")}::/64`;
}

export function createSignInThrottle(db: Kysely<Database>): SignInThrottle {
  const burstMs = ADDRESS_FAILURE_BURST * ADDRESS_FAILURE_INTERVAL_MS;
  const interval = ADDRESS_FAILURE_INTERVAL_MS;

  /** How long the address must wait before one more failure fits its budget; 0 for none. */
  const addressWait = (fullAt: number, at: number) =>
    Math.max(0, Math.max(fullAt, at) + interval - at - burstMs);
  const failuresLeft = (fullAt: number, at: number) =>
    Math.max(0, Math.floor((burstMs - (fullAt - at)) / interval));

  async function refused(key: string, address: string, at: number) {
    const [pair, budget] = await Promise.all([
      db
        .selectFrom("sign_in_attempts")
        .select("locked_until")
        .where("username_key", "=", key)
        .where("address", "=", address)
        .executeTakeFirst(),
      db
        .selectFrom("sign_in_address_budget")
        .select("full_at")
        .where("address", "=", address)
        .executeTakeFirst(),
    ]);
    const addressMs = budget === undefined ? 0 : addressWait(budget.full_at, at);
    if (addressMs > 0)
      return { allowed: false, scope: "address", retryAfterMs: addressMs } as const;
    const usernameMs = pair === undefined ? 0 : pair.locked_until - at;
    if (usernameMs > 0) {
      return { allowed: false, scope: "username", retryAfterMs: usernameMs } as const;
    }
    return undefined;
  }

  async function takeFromAddress(address: string, at: number) {
    const later = sql<number>`case when sign_in_address_budget.full_at > ${int8(at)} then sign_in_address_budget.full_at else ${int8(at)} end + ${int8(interval)}`;
    const row = await db
      .insertInto("sign_in_address_budget")
      .values({ address, full_at: at + interval })
      .onConflict((conflict) =>
        conflict
          .column("address")
          .doUpdateSet({ full_at: later })
          .where(sql<boolean>`${later} - ${int8(at)} <= ${int8(burstMs)}`),
      )
      .returning("full_at")
      .executeTakeFirst();
    return row?.full_at;
  }

  async function giveBackToAddress(address: string) {
    await db
      .updateTable("sign_in_address_budget")
      .set({ full_at: sql<number>`full_at - ${int8(interval)}` })
      .where("address", "=", address)
      .execute();
  }

  async function takeFromPair(key: string, address: string, at: number) {
    const forgotten = sql<boolean>`sign_in_attempts.last_failure_at <= ${int8(at - FAILURE_MEMORY_MS)}`;
    const failures = sql<number>`case when ${forgotten} then 1 else sign_in_attempts.failures + 1 end`;
    return db
      .insertInto("sign_in_attempts")
      .values({
        username_key: key,
        address,
        failures: 1,
        last_failure_at: at,
        locked_until: at + delayAfter(1),
      })
      .onConflict((conflict) =>
        conflict
          .columns(["username_key", "address"])
          .doUpdateSet({
            failures,
            last_failure_at: at,
            locked_until: sql<number>`${int8(at)} + ${delayAfterSql(failures)}`,
          })
          .where("sign_in_attempts.locked_until", "<=", at),
      )
      .returning("locked_until")
      .executeTakeFirst();
  }

  return {
    async begin(username, clientAddress, now) {
      const key = normalizeUsername(username);
      const address = throttledAddress(clientAddress);
      const at = now.getTime();
      // A read first: an attempt already refused costs no write.
      const early = await refused(key, address, at);
      if (early !== undefined) return early;

      const fullAt = await takeFromAddress(address, at);
      if (fullAt === undefined) {
        return (
          (await refused(key, address, at)) ?? {
            allowed: false,
            scope: "address",
            retryAfterMs: interval,
          }
        );
      }
      const pair = await takeFromPair(key, address, at);
      if (pair === undefined) {
        await giveBackToAddress(address);
        return (
          (await refused(key, address, at)) ?? {
            allowed: false,
            scope: "username",
            retryAfterMs: FIRST_DELAY_MS,
          }
        );
      }
      return {
        allowed: true,
        attempt: {
          usernameKey: key,
          address,
          at,
          lockedUntil: pair.locked_until,
          addressFailuresLeft: failuresLeft(fullAt, at),
        },
      };
    },

    async succeeded(attempt) {
      await db
        .deleteFrom("sign_in_attempts")
        .where("username_key", "=", attempt.usernameKey)
        .where("address", "=", attempt.address)
        .execute();
      await giveBackToAddress(attempt.address);
    },

    async cancel(attempt) {
      // The wait this attempt set is lifted unless a later attempt has set its own since.
      await db
        .updateTable("sign_in_attempts")
        .set({
          failures: sql<number>`failures - 1`,
          locked_until: sql<number>`case when locked_until = ${int8(attempt.lockedUntil)} then ${int8(attempt.at)} else locked_until end`,
        })
        .where("username_key", "=", attempt.usernameKey)
        .where("address", "=", attempt.address)
        .where("failures", ">", 0)
        .execute();
      await giveBackToAddress(attempt.address);
    },

    async prune(now) {
      const at = now.getTime();
      const pairs = await db
        .deleteFrom("sign_in_attempts")
        .where("last_failure_at", "<=", at - FAILURE_MEMORY_MS)
        .where("locked_until", "<=", at)
        .executeTakeFirst();
      const budgets = await db
        .deleteFrom("sign_in_address_budget")
        .where("full_at", "<=", at)
        .executeTakeFirst();
      return Number(pairs.numDeletedRows) + Number(budgets.numDeletedRows);
    },
  };
}
