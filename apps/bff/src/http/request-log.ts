import type { MiddlewareHandler } from "hono";
import type { Logger } from "../logger.ts";

/** One JSON line per request: method, path (never the query), status and duration. */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        event: "http.request",
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      `${c.req.method} ${c.req.path} ${c.res.status}`,
    );
  };
}
