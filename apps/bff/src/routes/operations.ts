import { createHash, timingSafeEqual } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import * as statusEndpoints from "@permit-desk/schema/endpoints/status";
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { apiError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { isLoopback } from "../http/origin-policy.ts";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Headers a proxy adds: a request carrying one came from further than this machine. */
const FORWARDED = ["forwarded", "x-forwarded-for", "x-real-ip"];

/** The host a request names, without its port: `localhost`, `127.0.0.1`, `[::1]`. */
function hostNameOf(host: string): string {
  return host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "");
}

/**
 * A request from this machine, for this machine: a loopback socket, no proxy's header, and a
 * loopback name in `Host`. A proxy here that passes the public host on (as it must, or
 * `X-Forwarded-For` alone) and a DNS-rebinding page in a browser here name another host.
 */
function fromThisMachine(c: Context): boolean {
  if (FORWARDED.some((name) => c.req.header(name) !== undefined)) return false;
  const host = c.req.header("host");
  if (host === undefined || !isLoopback(hostNameOf(host))) return false;
  try {
    const address = getConnInfo(c).remote.address;
    return address !== undefined && isLoopback(address.replace(/^::ffff:/i, ""));
  } catch {
    return false;
  }
}

/**
 * Who may read `/metrics`: with `METRICS_TOKEN` set, a request bearing it (401 otherwise); unset,
 * only a request from this machine, naming it by a loopback name, that no proxy passed on (403).
 */
function metricsAccess(token: string | undefined): MiddlewareHandler {
  const expected = token === undefined ? undefined : digest(`Bearer ${token}`);
  return async (c, next) => {
    if (expected !== undefined) {
      const given = c.req.header("authorization");
      if (given === undefined || !timingSafeEqual(digest(given), expected)) {
        c.header("WWW-Authenticate", 'Bearer realm="metrics"');
        return c.json(apiError("unauthenticated"), 401);
      }
    } else if (!fromThisMachine(c)) {
      return c.json(apiError("forbidden"), 403);
    }
    return next();
  };
}

/**
 * Prometheus' metrics, OPSCOM's health for every member, and in full for administrators with
 * what awaits a finding (decision 026).
 */
export function statusRoutes(
  deps: Pick<AppDeps, "config" | "metrics" | "opscomHealth" | "awaitingFinding">,
) {
  const { opscomHealth } = deps;
  return routesOf(statusEndpoints, {
    getMetrics: {
      before: [metricsAccess(deps.config.metricsToken)],
      handle: async (c) => {
        const { contentType, text } = await deps.metrics.exposition();
        c.header("Cache-Control", "no-store");
        return c.body(text, 200, { "Content-Type": contentType });
      },
    },
    getOpscomHealth: (c) => c.json(opscomHealth.health()),
    getOperationsStatus: async (c) =>
      c.json({
        opscom: opscomHealth.health(),
        rule: {
          failures: opscomHealth.rule.failures,
          windowMinutes: opscomHealth.rule.windowMs / 60_000,
        },
        recentFailures: opscomHealth.recentFailures(),
        awaitingFinding: await deps.awaitingFinding(),
      }),
  });
}
