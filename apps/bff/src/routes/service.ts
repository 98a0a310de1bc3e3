import { type ClientConfig, openApiDocument } from "@permit-desk/schema";
import * as serviceEndpoints from "@permit-desk/schema/endpoints/service";
import type { AppDeps } from "../app-deps.ts";
import type { Config } from "../config.ts";
import { readiness } from "../http/draining.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { sessionCookieName } from "../http/session-cookie.ts";
import { activeZonesOf, staffOf } from "../http/staff.ts";

/** Only what the browser needs to draw the form for this member; nothing secret. */
export function clientConfigOf(config: Config, zones: string[]): ClientConfig {
  return {
    demo: config.demo,
    siteTimeZone: config.siteTimeZone,
    zones,
    defaultCurrency: config.defaultCurrency,
    currencies: config.currencies,
    opscomTimeoutMs: config.opscom.timeoutMs,
    plateEntry: config.plateEntry,
    undoSeconds: config.undoSeconds,
    changeWindowMinutes: config.changeWindowMinutes,
    validityBounds: config.validityBounds,
  };
}

/** The server itself: health, readiness, the browser's configuration and the API's description. */
export function serviceRoutes(
  deps: Pick<AppDeps, "config" | "zones" | "drain" | "databaseAnswers">,
) {
  const { config, zones } = deps;
  const ready = readiness(deps.drain, deps.databaseAnswers);
  // The same for every caller, and for the life of the process.
  const openApi = openApiDocument({
    sessionCookie: sessionCookieName(config.session.secureCookie),
  });
  return routesOf(serviceEndpoints, {
    // Liveness stays 200 while draining: the process is alive and finishing its requests.
    getHealth: (c) => c.json({ status: "ok", demo: config.demo }),
    getReadiness: (c) => ready(c, async () => {}),
    getClientConfig: async (c) =>
      c.json(
        clientConfigOf(
          config,
          (await activeZonesOf(staffOf(c).user, zones)).map((zone) => zone.name),
        ),
      ),
    getOpenApiDocument: (c) => c.json(openApi),
  });
}
