import { normalizeUsername } from "@permit-desk/schema";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";

/** Mistypes are free up to here; then each failure doubles the wait, from 1 s up to 30 s. */
export const FREE_FAILURES = 3;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 30_000;
/** Failures older than this are forgotten: yesterday's mistypes do not slow today's sign-in. */
export const FAILURE_MEMORY_MS = 15 * 60 * 1000;

export type ThrottleCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Per username as typed (normalised), whether or not such an account exists, so that the
 * answers look the same for both. The cap keeps a stranger from locking a real user out for long.
 */
export type SignInThrottle = {
  check(username: string, now: Date): Promise<ThrottleCheck>;
  /** Counts a failure; returns how long the next attempt must wait (0 for none). */
  recordFailure(username: string, now: Date): Promise<number>;
  recordSuccess(username: string): Promise<void>;
  /** Forgets usernames whose last failure is older than the failure memory. */
  prune(now: Date): Promise<number>;
};

export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES - 1), MAX_DELAY_MS);
}

export function createSignInThrottle(db: Kysely<Database>): SignInThrottle {
  return {
    async check(username, now) {
      const row = await db
        .selectFrom("sign_in_throttle")
        .select("locked_until")
        .where("username_key", "=", normalizeUsername(username))
        .executeTakeFirst();
      const waitMs = row === undefined ? 0 : row.locked_until - now.getTime();
      return waitMs > 0 ? { allowed: false, retryAfterMs: waitMs } : { allowed: true };
    },

    async recordFailure(username, now) {
      const key = normalizeUsername(username);
      const at = now.getTime();
      // One statement counts the failure, so that simultaneous failures are each counted.
      const counted = await db
        .insertInto("sign_in_throttle")
        .values({ username_key: key, failures: 1, last_failure_at: at, locked_until: at })
        .onConflict((conflict) =>
          conflict.column("username_key").doUpdateSet({
            failures: sql<number>`case when sign_in_throttle.last_failure_at <= ${at - FAILURE_MEMORY_MS} then 1 else sign_in_throttle.failures + 1 end`,
            last_failure_at: at,
          }),
        )
        .returning("failures")
        .executeTakeFirstOrThrow();
      const delayMs = delayAfter(counted.failures);
      await db
        .updateTable("sign_in_throttle")
        .set({ locked_until: at + delayMs })
        .where("username_key", "=", key)
        .where("locked_until", "<", at + delayMs)
        .execute();
      return delayMs;
    },

    async recordSuccess(username) {
      await db
        .deleteFrom("sign_in_throttle")
        .where("username_key", "=", normalizeUsername(username))
        .execute();
    },

    async prune(now) {
      const result = await db
        .deleteFrom("sign_in_throttle")
        .where("last_failure_at", "<=", now.getTime() - FAILURE_MEMORY_MS)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
