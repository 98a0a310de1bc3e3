import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps } from "./app-deps.ts";
import { PasswordHashingBusyError } from "./auth/passwords.ts";
import { acceptableAddress } from "./http/acceptable-address.ts";
import { apiError } from "./http/api-error.ts";
import { readiness, refuseWhileDraining } from "./http/draining.ts";
import { passwordsBusy } from "./http/password-busy.ts";
import { requestLog } from "./http/request-log.ts";
import { ownHostOnly, sameOriginJsonOnly, securityHeaders } from "./http/security.ts";
import { requireStaff, type StaffEnv } from "./http/staff.ts";
import { auditRoutes } from "./routes/audit.ts";
import { configRoutes } from "./routes/config.ts";
import { permitRoutes } from "./routes/permits.ts";
import { plateRoutes } from "./routes/plates.ts";
import { sessionRoutes } from "./routes/session.ts";
import { setupRoutes } from "./routes/setup.ts";
import { templateRoutes } from "./routes/templates.ts";
import { userRoutes } from "./routes/users.ts";
import { zoneRoutes } from "./routes/zones.ts";

export type { AppDeps };

/** The whole HTTP surface, built from its dependencies; `server.ts` is what listens. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use(securityHeaders());
  app.use(requestLog(deps.logger));
  app.onError((error, c) => {
    if (error instanceof PasswordHashingBusyError) return passwordsBusy(c, error.retryAfterMs);
    deps.logger.error({ event: "http.error", err: error, path: c.req.path }, "unhandled error");
    return c.json(apiError("internal", { code: "internal_error" }), 500);
  });

  // Liveness stays 200 while draining: the process is alive and finishing its requests.
  app.get("/healthz", (c) => c.json({ status: "ok", demo: deps.config.demo }));
  // Before the host check, as the health check is: load balancers call by the instance's address.
  app.get("/readyz", readiness(deps.drain));
  // After the health checks, which load balancers call by the instance's own address.
  const origins = { publicOrigin: deps.config.publicOrigin, port: deps.config.port };
  app.use(ownHostOnly(origins));
  app.use(refuseWhileDraining(deps.drain));

  const api = new Hono<StaffEnv>()
    .use(sameOriginJsonOnly(origins))
    .use(
      bodyLimit({
        maxSize: 64 * 1024,
        onError: (c) => c.json(apiError("bad_request", { code: "request_too_large" }), 413),
      }),
    )
    .use(acceptableAddress())
    .use(
      requireStaff({
        sessions: deps.sessions,
        users: deps.users,
        secureCookie: deps.config.session.secureCookie,
      }),
    )
    .route("/setup", setupRoutes(deps))
    .route("/session", sessionRoutes(deps))
    .route("/users", userRoutes(deps))
    .route("/zones", zoneRoutes(deps))
    .route("/templates", templateRoutes(deps))
    .route("/audit", auditRoutes(deps))
    .route("/config", configRoutes(deps))
    .route("/permits", permitRoutes(deps))
    .route("/plates", plateRoutes(deps));
  app.route("/api", api);
  app.all("/api/*", (c) => c.json(apiError("not_found", { code: "route_not_found" }), 404));
  return app;
}

export type App = ReturnType<typeof createApp>;
