import { constants } from "node:os";
import type { Drain } from "./http/draining.ts";
import type { Logger } from "./logger.ts";

/** Time for the journal's last commits after OPSCOM's deadline, and for requests not yet sent. */
export const DRAIN_MARGIN_MS = 5_000;

/** How long closing may take once the requests are done, before the process stops regardless. */
const CLOSE_BUDGET_MS = 5_000;

/**
 * A repeat within this long is the same request to stop: a terminal's Ctrl+C, or a signal sent
 * to a whole process group, reaches the server both directly and through `npm start`.
 */
export const REPEAT_SIGNAL_WINDOW_MS = 1_000;

export type ShutdownStep = { name: string; run: () => unknown };

export type ShutdownPlan = {
  logger: Logger;
  drain: Drain;
  /** How long the requests in flight may take: OPSCOM's deadline plus `DRAIN_MARGIN_MS`. */
  drainTimeoutMs: number;
  /**
   * Resolves once start-up (recovery, the lease) is done: a signal during it waits, so that the
   * requests queued meanwhile are answered and what start-up took is given back.
   */
  started?: Promise<void>;
  /** Called as draining begins: a request still sending its body is given a short deadline. */
  onDrainStart?: () => void;
  /** Stops listening and closes the connections left, all idle once the requests are done. */
  closeHttpServer: () => Promise<void>;
  /**
   * In order, once the requests are done and while the database is still open: what this
   * process runs or holds in it is stopped or given back here.
   */
  beforeDatabaseCloses: ShutdownStep[];
  closeDatabase: () => Promise<void>;
  exit: (code: number) => void;
  now?: () => number;
};

/**
 * The one way a server stops on a signal. The first drains: new requests get 503 while those in
 * flight finish and journal their outcome, up to `drainTimeoutMs`; then the HTTP server, each of
 * `beforeDatabaseCloses` and the database close, and the process exits 0 (1 when a request was
 * cut off or a step failed). A second signal, after `REPEAT_SIGNAL_WINDOW_MS`, exits at once.
 */
export function createShutdown(plan: ShutdownPlan) {
  const { logger, drain } = plan;
  const now = plan.now ?? (() => performance.now());
  let firstSignalAt: number | undefined;

  async function stop(signal: NodeJS.Signals): Promise<number> {
    logger.info(
      {
        event: "server.draining",
        signal,
        inFlight: drain.inFlight(),
        timeoutMs: plan.drainTimeoutMs,
      },
      `${signal}: draining; ${drain.inFlight()} request(s) in flight may take up to ${plan.drainTimeoutMs} ms, new ones get 503`,
    );
    await plan.started;
    drain.start();
    plan.onDrainStart?.();
    const report = await drain.finished(plan.drainTimeoutMs);
    const drained = { event: "server.drained", ...report };
    if (report.cutOff === 0) {
      logger.info(drained, `${report.drained} request(s) drained in ${report.durationMs} ms`);
    } else {
      logger.error(
        drained,
        `${report.cutOff} request(s) still running after ${report.durationMs} ms are cut off; ${report.drained} drained`,
      );
    }
    const closeTimer = setTimeout(() => {
      logger.error({ event: "server.close_timeout" }, "closing took too long: stopping now");
      plan.exit(1);
    }, CLOSE_BUDGET_MS).unref();
    let failed = report.cutOff > 0;
    const steps: ShutdownStep[] = [
      { name: "http server", run: plan.closeHttpServer },
      ...plan.beforeDatabaseCloses,
      { name: "database", run: plan.closeDatabase },
    ];
    for (const step of steps) {
      try {
        await step.run();
      } catch (error) {
        failed = true;
        logger.error({ event: "server.close_failed", step: step.name, err: error }, "close failed");
      }
    }
    clearTimeout(closeTimer);
    const code = failed ? 1 : 0;
    logger.info({ event: "server.stopped", code }, "stopped");
    return code;
  }

  return {
    onSignal(signal: NodeJS.Signals): void {
      const at = now();
      if (firstSignalAt === undefined) {
        firstSignalAt = at;
        void stop(signal).then(plan.exit, (error: unknown) => {
          logger.error({ event: "server.stop_failed", err: error }, "stopping failed");
          plan.exit(1);
        });
        return;
      }
      if (at - firstSignalAt < REPEAT_SIGNAL_WINDOW_MS) return;
      const code = 128 + constants.signals[signal];
      logger.warn(
        { event: "server.stopped_at_once", signal, inFlight: drain.inFlight(), code },
        `second ${signal}: stopping at once with ${drain.inFlight()} request(s) in flight, exit code ${code}`,
      );
      plan.exit(code);
    },
  };
}
