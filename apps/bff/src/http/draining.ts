import { ServerResponse } from "node:http";
import type { Readiness } from "@permit-desk/schema";
import type { Context, Handler, MiddlewareHandler } from "hono";
import { apiError } from "./api-error.ts";

/** What a refused request is told to wait: by then a load balancer has another server ready. */
export const DRAINING_RETRY_AFTER_SECONDS = 5;

/** How the requests in flight when draining began ended up. */
export type DrainReport = {
  /** Requests in flight when draining began. */
  inFlight: number;
  /** Of those, how many finished before the deadline. */
  drained: number;
  /** Of those, how many were still running at the deadline. */
  cutOff: number;
  /** New requests answered 503 meanwhile. */
  refused: number;
  durationMs: number;
};

/**
 * A server's requests in flight, and whether it still takes new ones. From `start()` on every new
 * request is refused; `finished` waits for those already admitted.
 */
export type Drain = {
  isDraining(): boolean;
  inFlight(): number;
  /** Counts a request in and returns how to count it out; undefined once draining: refuse it. */
  admit(): (() => void) | undefined;
  start(): void;
  /** Resolves once every admitted request has finished, or after `timeoutMs` at the latest. */
  finished(timeoutMs: number): Promise<DrainReport>;
};

export function createDrain(now: () => number = () => performance.now()): Drain {
  let startedAt: number | undefined;
  let inFlight = 0;
  let inFlightAtStart = 0;
  let refused = 0;
  const idleWaiters = new Set<() => void>();

  const countOut = () => {
    inFlight -= 1;
    if (inFlight === 0) for (const wake of idleWaiters) wake();
  };

  return {
    isDraining: () => startedAt !== undefined,
    inFlight: () => inFlight,
    admit() {
      if (startedAt !== undefined) {
        refused += 1;
        return undefined;
      }
      inFlight += 1;
      let counted = true;
      return () => {
        if (!counted) return;
        counted = false;
        countOut();
      };
    },
    start() {
      if (startedAt !== undefined) return;
      startedAt = now();
      inFlightAtStart = inFlight;
    },
    async finished(timeoutMs) {
      const began = startedAt ?? now();
      if (inFlight > 0) {
        await new Promise<void>((resolve) => {
          const wake = () => {
            idleWaiters.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.max(0, began + timeoutMs - now()));
          idleWaiters.add(wake);
        });
      }
      return {
        inFlight: inFlightAtStart,
        drained: inFlightAtStart - inFlight,
        cutOff: inFlight,
        refused,
        durationMs: Math.round(now() - began),
      };
    },
  };
}

/** The Node response behind a request served by `@hono/node-server`; none under `app.request`. */
export function nodeResponseOf(env: unknown): ServerResponse | undefined {
  if (typeof env !== "object" || env === null || !("outgoing" in env)) return undefined;
  return env.outgoing instanceof ServerResponse ? env.outgoing : undefined;
}

/**
 * Admits requests until draining begins, then answers each new one 503 `draining` and closes its
 * connection, so clients and load balancers get a clear answer rather than a refused connection.
 * An admitted request counts until its handler is done (journal written, even if the client went
 * away) and its answer has left (a streamed export included).
 */
export function refuseWhileDraining(drain: Drain): MiddlewareHandler {
  return async (c, next) => {
    const countOut = drain.admit();
    if (countOut === undefined) {
      c.header("Retry-After", String(DRAINING_RETRY_AFTER_SECONDS));
      c.header("Connection", "close");
      return c.json(apiError("draining", { code: "restarting" }), 503);
    }
    const outgoing = nodeResponseOf(c.env);
    let parts = outgoing === undefined ? 1 : 2;
    const partDone = () => {
      parts -= 1;
      if (parts === 0) countOut();
    };
    outgoing?.once("close", partDone);
    try {
      await next();
    } finally {
      partDone();
    }
  };
}

/**
 * `GET /readyz`: 200 `ready`; 503 `draining` once the server stops taking requests, and 503
 * `database_unavailable` while its database does not answer, each with `Retry-After`.
 */
export function readiness(drain: Drain, databaseAnswers: () => Promise<boolean>): Handler {
  const notReady = (c: Context, status: Exclude<Readiness["status"], "ready">) => {
    c.header("Retry-After", String(DRAINING_RETRY_AFTER_SECONDS));
    return c.json({ status } satisfies Readiness, 503);
  };
  return async (c) => {
    if (drain.isDraining()) return notReady(c, "draining");
    if (!(await databaseAnswers())) return notReady(c, "database_unavailable");
    return c.json({ status: "ready" } satisfies Readiness);
  };
}
