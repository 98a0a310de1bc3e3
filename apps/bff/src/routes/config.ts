import type { ClientConfig } from "@permit-desk/schema";
import { Hono } from "hono";
import type { Config } from "../config.ts";

/** Only what the browser needs to draw the form; nothing secret. */
export function clientConfigOf(config: Config): ClientConfig {
  return {
    demo: config.demo,
    siteTimeZone: config.siteTimeZone,
    zones: config.zones,
    defaultCurrency: config.defaultCurrency,
    currencies: config.currencies,
    opscomTimeoutMs: config.opscom.timeoutMs,
  };
}

export function configRoutes(config: Config) {
  const body = clientConfigOf(config);
  return new Hono().get("/", (c) => c.json(body));
}
