import { Hono } from "hono";
import type { AppDeps } from "./app-deps.ts";
import { PasswordHashingBusyError } from "./auth/passwords.ts";
import { batchRoutes } from "./batches/batch-routes.ts";
import { dayRoutes } from "./day/day-routes.ts";
import { acceptableAddress } from "./http/acceptable-address.ts";
import { apiError } from "./http/api-error.ts";
import { compressAnswers } from "./http/compression.ts";
import { refuseWhileDraining } from "./http/draining.ts";
import { mountRoutes, type Route } from "./http/endpoint-routes.ts";
import { passwordsBusy } from "./http/password-busy.ts";
import { requestLog } from "./http/request-log.ts";
import { ownHostOnly, sameOriginJsonOnly, securityHeaders } from "./http/security.ts";
import { bodySizeLimit } from "./http/size-limit.ts";
import { requireStaff, type StaffEnv } from "./http/staff.ts";
import { auditRoutes } from "./routes/audit.ts";
import { statusRoutes } from "./routes/operations.ts";
import { permitRoutes } from "./routes/permits.ts";
import { plateRoutes } from "./routes/plates.ts";
import { serviceRoutes } from "./routes/service.ts";
import { sessionRoutes } from "./routes/session.ts";
import { setupRoutes } from "./routes/setup.ts";
import { templateRoutes } from "./routes/templates.ts";
import { userRoutes } from "./routes/users.ts";
import { zoneRoutes } from "./routes/zones.ts";

export type { AppDeps };

/** The whole HTTP surface, built from its dependencies; `server.ts` is what listens. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use(deps.metrics.httpRequests());
  app.use(securityHeaders());
  app.use(requestLog(deps.logger));
  // Answers built in memory; the web app's files come compressed by the build (web-assets.ts).
  for (const path of ["/api/*", "/metrics"]) app.use(path, ...compressAnswers());
  app.onError((error, c) => {
    if (error instanceof PasswordHashingBusyError) return passwordsBusy(c, error.retryAfterMs);
    deps.logger.error({ event: "http.error", err: error, path: c.req.path }, "unhandled error");
    return c.json(apiError("internal", { code: "internal_error" }), 500);
  });

  const routes: Route[] = [
    ...serviceRoutes(deps),
    ...setupRoutes(deps),
    ...sessionRoutes(deps),
    ...userRoutes(deps),
    ...zoneRoutes(deps),
    ...templateRoutes(deps),
    ...auditRoutes(deps),
    ...permitRoutes(deps),
    ...plateRoutes(deps),
    ...statusRoutes(deps),
    ...batchRoutes(deps),
    ...dayRoutes(deps),
  ];
  const isApi = (route: Route) => route.endpoint.path.startsWith("/api/");
  // Health, readiness and metrics come before the host check: load balancers and Prometheus
  // call by the instance's address.
  const probes = new Hono<StaffEnv>();
  mountRoutes(
    probes,
    routes.filter((route) => !isApi(route)),
  );
  app.route("/", probes);
  const origins = { publicOrigin: deps.config.publicOrigin, port: deps.config.port };
  app.use(ownHostOnly(origins));
  app.use(refuseWhileDraining(deps.drain));

  const api = new Hono<StaffEnv>()
    // Answers name plates and staff: no cache keeps them unless a route says otherwise.
    .use(async (c, next) => {
      await next();
      if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-store");
    })
    .use(sameOriginJsonOnly(origins))
    .use(bodySizeLimit)
    .use(acceptableAddress())
    .use(
      requireStaff({
        sessions: deps.sessions,
        secureCookie: deps.config.session.secureCookie,
      }),
    );
  mountRoutes(api, routes.filter(isApi), "/api");
  app.route("/api", api);
  app.all("/api/*", (c) => c.json(apiError("not_found", { code: "route_not_found" }), 404));
  return app;
}

export type App = ReturnType<typeof createApp>;
