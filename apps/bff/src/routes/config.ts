import type { ClientConfig } from "@permit-desk/schema";
import { Hono } from "hono";
import type { Zones } from "../accounts/zones.ts";
import type { Config } from "../config.ts";
import { activeZonesOf, type StaffEnv, staffOf } from "../http/staff.ts";

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

export function configRoutes(deps: { config: Config; zones: Zones }) {
  return new Hono<StaffEnv>().get("/", async (c) =>
    c.json(
      clientConfigOf(
        deps.config,
        (await activeZonesOf(staffOf(c).user, deps.zones)).map((zone) => zone.name),
      ),
    ),
  );
}
