import type { Sessions } from "./auth/sessions.ts";
import type { SignInThrottle } from "./auth/sign-in-throttle.ts";
import type { Clock } from "./clock.ts";
import { IDEMPOTENCY_KEY_RETENTION_MS, type IdempotencyKeys } from "./journal/idempotency-keys.ts";
import type { Logger } from "./logger.ts";
import type { Ownership } from "./ownership/ownership.ts";

export type Maintenance = {
  /** Stops recovering and pruning. The lease is still renewed: what is in flight stays ours. */
  stop(): void;
  /** Stops renewing and gives the lease up; once nothing this process sent is still awaited. */
  releaseLease(): Promise<void>;
};

/**
 * Takes this process's lease and keeps it (decision 013), and settles what stopped processes left
 * behind: every third of the lease, pending permits and changes whose owner's lease has lapsed
 * become unknown. Idempotency keys are kept 24 hours; expired sessions and forgotten sign-in
 * failures are deleted every `everyMs`.
 */
export async function startMaintenance(deps: {
  ownership: Ownership;
  idempotencyKeys: IdempotencyKeys;
  sessions: Sessions;
  signInThrottle: SignInThrottle;
  clock: Clock;
  logger: Logger;
  leaseMs: number;
  everyMs?: number;
  /**
   * SQLite: one process serves the file, so leases and rows left by earlier starts are orphans
   * at once; rows from before leases count when written before this instant.
   */
  onlyProcessSince?: Date;
}): Promise<Maintenance> {
  const { ownership, idempotencyKeys, clock, logger } = deps;
  const failed = (what: string) => (error: unknown) =>
    logger.error({ event: "maintenance.failed", err: error }, `${what} failed`);

  const recover = async (ownerlessBefore?: Date) => {
    const recovered = await ownership.recoverOrphans(
      ownerlessBefore === undefined ? {} : { ownerlessBefore },
    );
    if (recovered > 0) {
      logger.warn(
        { event: "journal.recovered", count: recovered },
        `${recovered} interrupted permit(s) or change(s) marked unknown: their server stopped`,
      );
    }
  };
  const prune = async () => {
    await idempotencyKeys.prune(new Date(clock().getTime() - IDEMPOTENCY_KEY_RETENTION_MS));
    await deps.sessions.prune();
    await deps.signInThrottle.prune(clock());
    await ownership.pruneLeases();
  };
  let recovering = true;
  const keepLease = async () => {
    if ((await ownership.renew()) === "lapsed") {
      logger.warn(
        { event: "lease.lapsed", instanceId: ownership.instanceId },
        "this server's lease had lapsed (paused, or cut off from the database) and is taken again; " +
          "other servers may have called its permits in flight interrupted, and OPSCOM's answers to them will still be recorded",
      );
    }
    if (recovering) await recover();
  };

  await ownership.register({ onlyProcess: deps.onlyProcessSince !== undefined });
  logger.info(
    { event: "lease.taken", instanceId: ownership.instanceId, leaseMs: deps.leaseMs },
    "lease taken",
  );
  await recover(deps.onlyProcessSince);
  await prune();
  const leaseTimer = setInterval(
    () => void keepLease().catch(failed("lease renewal")),
    Math.max(Math.floor(deps.leaseMs / 3), 250),
  );
  leaseTimer.unref();
  const pruneTimer = setInterval(
    () => void prune().catch(failed("pruning")),
    deps.everyMs ?? 60_000,
  );
  pruneTimer.unref();
  return {
    stop() {
      recovering = false;
      clearInterval(pruneTimer);
    },
    async releaseLease() {
      clearInterval(leaseTimer);
      await ownership.release();
      logger.info({ event: "lease.released", instanceId: ownership.instanceId }, "lease released");
    },
  };
}
