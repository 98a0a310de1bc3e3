import { isPublishedOpscomErrorCode, type OpscomEndpoint } from "@permit-desk/schema";
import type { MiddlewareHandler } from "hono";
import { matchedRoutes } from "hono/route";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { SignInResult } from "../auth/sign-in.ts";
import type { ChangeOutcome, OpscomOutcome } from "../opscom/outcome.ts";
import { callResultOf, type OpscomHealthMonitor } from "./opscom-health.ts";

/** What `awaitingFinding` counts: permits and changes OPSCOM did not confirm, with no finding. */
export type AwaitingFinding = { permits: number; changes: number };

/** At most this many zone names become label values; more (after renames, say) count as "other". */
const ZONE_LABELS_MAX = 200;

/** A code OPSCOM publishes (9000–9009, 9010–9022, 9030–9033), "none" without one, else "other". */
function opscomCodeLabel(outcome: OpscomOutcome | ChangeOutcome): string {
  if (outcome.kind !== "rejected") return "";
  const code = outcome.errorCode;
  if (code === undefined) return "none";
  return isPublishedOpscomErrorCode(code) ? String(code) : "other";
}

/** How long a scrape waits for the database's counts: a readiness check's patience. */
const DATABASE_READ_MS = 2_000;

/** The value, or undefined when it failed or took longer than DATABASE_READ_MS. */
async function answeredInTime<T>(read: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), DATABASE_READ_MS);
    timer.unref();
  });
  try {
    return await Promise.race([read.catch(() => undefined), late]);
  } finally {
    clearTimeout(timer);
  }
}

let processRegistry: Registry | undefined;

/**
 * The process's own metrics (`process_*`, `nodejs_*`), once per process: each set samples the
 * event loop on a timer, and one process is one process, however many apps tests build in it.
 */
function processMetrics(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** `2xx`, `4xx`…: five values, whatever the status. */
const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/**
 * The route pattern that answered (`/api/permits/:id`), never the path: a check before any route
 * and a path no route matches answer as the pattern of the middleware that answered (`/*`).
 */
function routeLabel(c: Parameters<MiddlewareHandler>[0]): string {
  return matchedRoutes(c)[c.req.routeIndex]?.path ?? "/*";
}

/**
 * Permit Desk's metrics for Prometheus, in a registry of its own (decision 026). Every label
 * takes a bounded set of values: outcomes and codes from fixed lists, zones from the site's
 * zones, routes by their pattern. No plate, username or token is ever a label.
 */
export function createMetrics(deps: {
  opscomHealth: OpscomHealthMonitor;
  /** Read when scraped. */
  awaitingFinding: () => Promise<AwaitingFinding>;
}) {
  const own = new Registry();
  const registers = [own];

  const zoneLabels = new Set<string>();
  const zoneLabel = (zone: string) => {
    if (zoneLabels.has(zone)) return zone;
    if (zoneLabels.size >= ZONE_LABELS_MAX) return "other";
    zoneLabels.add(zone);
    return zone;
  };

  const permits = new Counter({
    name: "permit_desk_permits_total",
    help: "Permits submitted to OPSCOM, by outcome (issued, rejected, unknown, not_sent), OPSCOM's refusal code and zone",
    labelNames: ["outcome", "opscom_error_code", "zone"],
    registers,
  });
  const changes = new Counter({
    name: "permit_desk_permit_changes_total",
    help: "Corrections, extensions (update) and voids (void) sent to OPSCOM, by outcome (applied, rejected, unknown, not_sent), OPSCOM's refusal code and zone",
    labelNames: ["action", "outcome", "opscom_error_code", "zone"],
    registers,
  });
  const opscomCalls = new Histogram({
    name: "permit_desk_opscom_call_duration_seconds",
    help: "Calls to OPSCOM by endpoint (push, update, delete, stats) and result (success, rejected, unknown, not_sent)",
    labelNames: ["endpoint", "result"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers,
  });
  const opscomInFlight = new Gauge({
    name: "permit_desk_opscom_calls_in_flight",
    help: "Calls to OPSCOM sent and not yet answered",
    registers,
  });
  new Gauge({
    name: "permit_desk_opscom_failing",
    help: "1 while recent calls to OPSCOM have failed (OPSCOM_HEALTH_FAILURES in a row, within OPSCOM_HEALTH_MINUTES), else 0",
    registers,
    collect() {
      this.set(deps.opscomHealth.health().state === "failing" ? 1 : 0);
    },
  });
  new Gauge({
    name: "permit_desk_awaiting_finding",
    help: "Permits (kind=permit) and changes (kind=change) OPSCOM did not confirm, with no finding recorded yet",
    labelNames: ["kind"],
    registers,
    async collect() {
      const counts = await answeredInTime(deps.awaitingFinding());
      // A database that does not answer leaves the counts out, never the whole scrape.
      this.reset();
      if (counts === undefined) return;
      this.set({ kind: "permit" }, counts.permits);
      this.set({ kind: "change" }, counts.changes);
    },
  });
  const signInFailures = new Counter({
    name: "permit_desk_sign_in_failures_total",
    help: "Sign-ins refused for a wrong username or password, or a disabled account",
    registers,
  });
  const signInsThrottled = new Counter({
    name: "permit_desk_sign_ins_throttled_total",
    help: "Sign-ins refused unchecked: too many failures for this username from this address (scope=username), or from this address (scope=address), or too many passwords being checked at once (scope=busy)",
    labelNames: ["scope"],
    registers,
  });
  const httpRequests = new Histogram({
    name: "permit_desk_http_request_duration_seconds",
    help: "HTTP requests by method, route pattern and status class",
    labelNames: ["method", "route", "status_class"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers,
  });

  return {
    /** A permit's outcome, once the journal holds it. */
    permitSettled(zone: string, outcome: OpscomOutcome) {
      permits.inc({
        outcome: outcome.kind,
        opscom_error_code: opscomCodeLabel(outcome),
        zone: zoneLabel(zone),
      });
    },
    /** A change's outcome, once the journal holds it. */
    changeSettled(action: "update" | "void", zone: string, outcome: ChangeOutcome) {
      changes.inc({
        action,
        outcome: outcome.kind,
        opscom_error_code: opscomCodeLabel(outcome),
        zone: zoneLabel(zone),
      });
    },
    /** A call to OPSCOM leaving; the function returned records how it ended. */
    opscomCallStarted(endpoint: OpscomEndpoint) {
      opscomInFlight.inc();
      /** Undefined when the call threw instead of giving an outcome: it is only no longer in flight. */
      return (outcome: OpscomOutcome | ChangeOutcome | undefined) => {
        opscomInFlight.dec();
        if (outcome === undefined) return;
        opscomCalls.observe({ endpoint, result: callResultOf(outcome) }, outcome.durationMs / 1000);
      };
    },
    signInRefused(result: Extract<SignInResult, { ok: false }>) {
      if (result.reason === "invalid") signInFailures.inc();
      else signInsThrottled.inc({ scope: result.reason === "busy" ? "busy" : result.scope });
    },
    /** Times every request, first of the app's middleware. */
    httpRequests(): MiddlewareHandler {
      return async (c, next) => {
        const started = performance.now();
        try {
          await next();
        } finally {
          httpRequests.observe(
            { method: c.req.method, route: routeLabel(c), status_class: statusClass(c.res.status) },
            (performance.now() - started) / 1000,
          );
        }
      };
    },
    /** The Prometheus text, and its content type. */
    async exposition() {
      const registry = Registry.merge([processMetrics(), own]);
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
