import type { Sessions } from "./auth/sessions.ts";
import type { SignInThrottle } from "./auth/sign-in-throttle.ts";
import type { Clock } from "./clock.ts";
import {
  IDEMPOTENCY_KEY_RETENTION_MS,
  type IdempotencyKeys,
} from "./idempotency/idempotency-keys.ts";
import type { Journal } from "./journal/journal.ts";
import type { Logger } from "./logger.ts";

export type Maintenance = { stop(): void };

/**
 * Settles what a stopped process left behind: pending entries older than OPSCOM's deadline (or,
 * at start, older than `recoverBefore`) were orphaned by a process that stopped, and become
 * unknown; other instances' live requests are spared. Idempotency keys are kept 24 hours;
 * expired sessions and forgotten sign-in failures are deleted.
 */
export async function startMaintenance(deps: {
  journal: Journal;
  idempotencyKeys: IdempotencyKeys;
  sessions: Sessions;
  signInThrottle: SignInThrottle;
  clock: Clock;
  logger: Logger;
  opscomTimeoutMs: number;
  everyMs?: number;
  /** At start, recover every entry pending from before this instant, not only the stale ones. */
  recoverBefore?: Date;
}): Promise<Maintenance> {
  const { journal, idempotencyKeys, clock, logger } = deps;
  const graceMs = deps.opscomTimeoutMs + 30_000;
  const sweep = async (createdBefore: Date | undefined) => {
    const recovered = await journal.recoverPending(
      createdBefore === undefined ? {} : { createdBefore },
    );
    if (recovered > 0) {
      logger.warn(
        { event: "journal.recovered", count: recovered },
        `${recovered} interrupted permit(s) marked unknown`,
      );
    }
    await idempotencyKeys.prune(new Date(clock().getTime() - IDEMPOTENCY_KEY_RETENTION_MS));
    await deps.sessions.prune();
    await deps.signInThrottle.prune(clock());
  };
  await sweep(deps.recoverBefore ?? new Date(clock().getTime() - graceMs));
  const timer = setInterval(() => {
    sweep(new Date(clock().getTime() - graceMs)).catch((error: unknown) =>
      logger.error({ event: "maintenance.failed", err: error }, "maintenance sweep failed"),
    );
  }, deps.everyMs ?? 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
