import {
  apiTokenWireSchema,
  currencySchema,
  DEFAULT_VALIDITY_BOUNDS,
  isValidTimeZone,
  normalizeZoneName,
  PLATE_ENTRY_MODES,
  type PlateEntry,
  TIME_BASES,
  type TimeBasis,
  VALIDITY_BOUNDS_LIMITS,
  type ValidityBounds,
  type ZoneNameProblem,
  zoneNameKey,
  zoneNameProblem,
} from "@permit-desk/schema";
import * as z from "zod/mini";
import { type ProxyRange, parseProxyRange } from "./http/client-address.ts";
import { isLoopback } from "./http/origin-policy.ts";

export const DEFAULT_OPSCOM_BASE_URL = "https://controller.operationscommander.io";
export const DEFAULT_OPSCOM_CLIENT_CODE = "OC-TOMA";
export const DEMO_ZONES = ["Lot 4", "Lot 5", "Visitor Parkade"];
/** Demo permits never reach OPSCOM, so they must never appear among live ones. */
export const DEMO_DATABASE = "data/permit-desk-demo.sqlite";
export const LIVE_DATABASE = "data/permit-desk.sqlite";
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export type Config = {
  port: number;
  host: string;
  logLevel: string;
  /** Demo mode: no token given, so an in-process simulator stands in for OPSCOM. */
  demo: boolean;
  opscom: {
    apiToken: string | undefined;
    baseUrl: string;
    clientCode: string;
    timeBasis: TimeBasis;
    timeoutMs: number;
    connectRetries: number;
    /** How long an idle connection to OPSCOM is kept for the next call; 0 opens one per call. */
    keepAliveMs: number;
    /** How many of a batch's rows are being sent to OPSCOM at once, per server process. */
    maxConcurrency: number;
  };
  siteTimeZone: string;
  defaultCurrency: string;
  currencies: string[];
  zones: string[];
  webDistDir: string | undefined;
  /** `postgres://…` for PostgreSQL, else a SQLite file; demo and live keep separate default files. */
  databaseUrl: string;
  /**
   * The origin browsers use (e.g. `https://permits.example.com`): required unless HOST is a
   * loopback address, when browsers on this machine use `http://localhost:PORT`.
   */
  publicOrigin: string | undefined;
  /** Proxies whose `X-Forwarded-For` names the client; empty: the socket's address is the client's. */
  trustProxy: ProxyRange[];
  session: {
    idleTimeoutMs: number;
    absoluteTimeoutMs: number;
    /** Served over HTTPS (PUBLIC_ORIGIN is https): the cookie is `Secure` and `__Host-` named. */
    secureCookie: boolean;
  };
  /** How far back a plate one confusable character away from the typed one is offered. */
  similarPlateDays: number;
  /** `twice`: staff type each plate a second time. */
  plateEntry: PlateEntry;
  /** How long after its start a validator may still correct or void a permit they issued. */
  changeWindowMinutes: number;
  /** How long after issuing the success screen offers Undo (a void); 0 turns Undo off. */
  undoSeconds: number;
  /**
   * How long this process's lease in the database lasts without renewal (renewed every third of
   * it): once lapsed, other instances call its pending permits interrupted (decision 013).
   */
  instanceLeaseMs: number;
  /** How far back and ahead a permit may start, and how long it may last. */
  validityBounds: ValidityBounds;
  /** The bearer token `/metrics` asks for; unset: only loopback, unproxied, may read it. */
  metricsToken: string | undefined;
  /** When OPSCOM counts as failing: `failures` calls in a row, the latest within `windowMs`. */
  opscomHealth: { failures: number; windowMs: number };
};

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = "ConfigError";
  }
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return Number(raw);
}

function list(env: Env, name: string): string[] | undefined {
  const raw = read(env, name);
  if (raw === undefined) return undefined;
  const items = raw
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)];
}

/** A zone name's problem as the operator reads it when the server will not start. */
function zoneNameProblemInWords(problem: ZoneNameProblem): string {
  const at =
    "codePoint" in problem ? ` (${problem.codePoint} at position ${problem.position})` : "";
  switch (problem.kind) {
    case "empty":
      return "A zone name cannot be empty.";
    case "too_long":
      return `A zone name has at most ${problem.max} characters.`;
    case "control":
      return `A zone name cannot contain a tab, a line break or another control character${at}.`;
    case "invisible":
      return `A zone name cannot contain an invisible character${at}.`;
    case "special_space":
      return `A zone name cannot contain a no-break or other special space${at}: type an ordinary space.`;
    case "unassigned":
      return `A zone name cannot contain an unassigned or private-use character${at}.`;
    case "compatibility_form":
      return `A zone name cannot contain a full-width, styled or other look-alike form of a character${at}: type the ordinary character.`;
    case "repeated_space":
      return `A zone name has one space between words (a second space at position ${problem.position}).`;
    case "mixed_scripts":
      return `A zone name is written in one script: "${problem.character}" at position ${problem.position} is ${problem.script}, in a ${problem.first} name.`;
  }
}

/** `ZONES` passes the rule the Zones page applies (decision 016), each name in NFC. */
function zoneNamesOf(zones: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of zones) {
    const name = normalizeZoneName(raw);
    const problem = zoneNameProblem(name);
    if (problem !== undefined) {
      throw new ConfigError("ZONES", `${JSON.stringify(raw)}: ${zoneNameProblemInWords(problem)}`);
    }
    const twin = seen.get(zoneNameKey(name));
    if (twin !== undefined) {
      throw new ConfigError(
        "ZONES",
        `${JSON.stringify(twin)} and ${JSON.stringify(raw)} differ only in capitals: they are one zone.`,
      );
    }
    seen.set(zoneNameKey(name), raw);
  }
  return zones.map(normalizeZoneName);
}

function check<T>(schema: z.ZodMiniType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ConfigError(name, result.error.issues.map((issue) => issue.message).join(" "));
  }
  return result.data;
}

function baseUrl(env: Env): string {
  const raw = read(env, "OPSCOM_BASE_URL") ?? DEFAULT_OPSCOM_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError("OPSCOM_BASE_URL", `must be an http(s) URL, got "${raw}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigError("OPSCOM_BASE_URL", `must be an http(s) URL, got "${raw}".`);
  }
  return raw.replace(/\/+$/, "");
}

function publicOrigin(env: Env): string | undefined {
  const raw = read(env, "PUBLIC_ORIGIN");
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (
      (url.protocol === "https:" || url.protocol === "http:") &&
      url.origin === raw.replace(/\/+$/, "")
    ) {
      return url.origin;
    }
  } catch {
    // reported below
  }
  throw new ConfigError(
    "PUBLIC_ORIGIN",
    `must be a scheme and host such as https://permits.example.com, got "${raw}".`,
  );
}

function trustProxy(env: Env): ProxyRange[] {
  return (list(env, "TRUST_PROXY") ?? []).map((entry) => {
    const range = parseProxyRange(entry);
    if (range === undefined) {
      throw new ConfigError(
        "TRUST_PROXY",
        `must list the proxies' addresses or blocks, such as 127.0.0.1,10.0.0.0/8, got "${entry}".`,
      );
    }
    return range;
  });
}

function timeZone(env: Env, name: string, fallback: string): string {
  const zone = read(env, name) ?? fallback;
  if (!isValidTimeZone(zone) || (!zone.includes("/") && zone !== "UTC")) {
    throw new ConfigError(
      name,
      `must be an IANA time zone such as America/Toronto, got "${zone}".`,
    );
  }
  return zone;
}

/** Reads and validates the environment; the only place that does. Throws ConfigError naming the variable. */
export function loadConfig(env: Env): Config {
  const apiToken = read(env, "OPSCOM_API_TOKEN");
  const demo = apiToken === undefined;
  if (apiToken !== undefined) check(apiTokenWireSchema, apiToken, "OPSCOM_API_TOKEN");

  const clientCode = read(env, "OPSCOM_CLIENT_CODE") ?? DEFAULT_OPSCOM_CLIENT_CODE;
  if (!/^[A-Za-z0-9_-]+$/.test(clientCode)) {
    throw new ConfigError(
      "OPSCOM_CLIENT_CODE",
      `may hold letters, digits, "-" and "_" only, got "${clientCode}".`,
    );
  }

  const timeBasis = check(
    z.enum(TIME_BASES, {
      error: (issue) => `must be "utc" or "local", got "${String(issue.input)}".`,
    }),
    read(env, "OPSCOM_TIME_BASIS") ?? "utc",
    "OPSCOM_TIME_BASIS",
  );
  if (timeBasis === "local" && read(env, "SITE_TIME_ZONE") === undefined) {
    throw new ConfigError("SITE_TIME_ZONE", 'is required when OPSCOM_TIME_BASIS is "local".');
  }

  const defaultCurrency = check(
    currencySchema,
    read(env, "DEFAULT_CURRENCY") ?? "CAD",
    "DEFAULT_CURRENCY",
  );
  const currencies = (list(env, "CURRENCIES") ?? ["CAD", "USD"]).map((code) =>
    check(currencySchema, code, "CURRENCIES"),
  );
  if (!currencies.includes(defaultCurrency)) currencies.unshift(defaultCurrency);

  const listed = list(env, "ZONES") ?? (demo ? DEMO_ZONES : undefined);
  if (listed === undefined || listed.length === 0) {
    throw new ConfigError(
      "ZONES",
      "must list the zone names exactly as configured in OPSCOM, separated by commas.",
    );
  }
  const zones = zoneNamesOf(listed);

  const origin = publicOrigin(env);
  const host = read(env, "HOST") ?? "127.0.0.1";
  if (origin === undefined && !isLoopback(host)) {
    // Without it, the server could only trust each request's own Host header: a DNS-rebinding
    // page names its own host there, and would reach sign-in and first-run set-up.
    throw new ConfigError(
      "PUBLIC_ORIGIN",
      `must be set when HOST is "${host}", an address other machines can reach: set it to the origin browsers use, such as https://permits.example.com, or listen on 127.0.0.1 only (HOST).`,
    );
  }
  return {
    port: integer(env, "PORT", 3000, 0, 65535),
    host,
    logLevel: check(
      z.enum(LOG_LEVELS, {
        error: (issue) => `must be one of ${LOG_LEVELS.join(", ")}, got "${String(issue.input)}".`,
      }),
      read(env, "LOG_LEVEL") ?? "info",
      "LOG_LEVEL",
    ),
    demo,
    opscom: {
      apiToken,
      baseUrl: baseUrl(env),
      clientCode,
      timeBasis,
      timeoutMs: integer(env, "OPSCOM_TIMEOUT_MS", 10_000, 100, 120_000),
      connectRetries: integer(env, "OPSCOM_CONNECT_RETRIES", 2, 0, 5),
      keepAliveMs: integer(env, "OPSCOM_KEEP_ALIVE_MS", 4_000, 0, 60_000),
      maxConcurrency: integer(env, "OPSCOM_MAX_CONCURRENCY", 4, 1, 64),
    },
    siteTimeZone: timeZone(env, "SITE_TIME_ZONE", Intl.DateTimeFormat().resolvedOptions().timeZone),
    defaultCurrency,
    currencies,
    zones,
    webDistDir: read(env, "WEB_DIST_DIR"),
    databaseUrl: read(env, "DATABASE_URL") ?? (demo ? DEMO_DATABASE : LIVE_DATABASE),
    publicOrigin: origin,
    trustProxy: trustProxy(env),
    session: {
      idleTimeoutMs: integer(env, "SESSION_IDLE_MINUTES", 30, 1, 24 * 60) * 60_000,
      absoluteTimeoutMs: integer(env, "SESSION_MAX_HOURS", 12, 1, 7 * 24) * 3_600_000,
      secureCookie: origin?.startsWith("https:") ?? false,
    },
    similarPlateDays: integer(env, "SIMILAR_PLATE_DAYS", 30, 1, 365),
    plateEntry: check(
      z.enum(PLATE_ENTRY_MODES, {
        error: (issue) => `must be "single" or "twice", got "${String(issue.input)}".`,
      }),
      read(env, "PLATE_ENTRY") ?? "single",
      "PLATE_ENTRY",
    ),
    changeWindowMinutes: integer(env, "CHANGE_WINDOW_MINUTES", 15, 0, 24 * 60),
    undoSeconds: integer(env, "UNDO_SECONDS", 10, 0, 120),
    instanceLeaseMs: integer(env, "INSTANCE_LEASE_SECONDS", 30, 3, 600) * 1000,
    validityBounds: validityBounds(env),
    metricsToken: metricsToken(env),
    opscomHealth: {
      failures: integer(env, "OPSCOM_HEALTH_FAILURES", 3, 1, 100),
      windowMs: integer(env, "OPSCOM_HEALTH_MINUTES", 10, 1, 24 * 60) * 60_000,
    },
  };
}

/** Long enough not to be guessed, and what an `Authorization` header carries unchanged. */
function metricsToken(env: Env): string | undefined {
  const token = read(env, "METRICS_TOKEN");
  if (token !== undefined && !/^[\x21-\x7e]{16,200}$/.test(token)) {
    throw new ConfigError(
      "METRICS_TOKEN",
      "must be 16 to 200 visible ASCII characters (letters, digits, punctuation; no spaces), such as the output of `openssl rand -hex 24`.",
    );
  }
  return token;
}

function validityBounds(env: Env): ValidityBounds {
  const bound = (name: string, key: keyof ValidityBounds) => {
    const { min, max } = VALIDITY_BOUNDS_LIMITS[key];
    return integer(env, name, DEFAULT_VALIDITY_BOUNDS[key], min, max);
  };
  return {
    maxPastHours: bound("VALIDITY_MAX_PAST_HOURS", "maxPastHours"),
    maxAheadDays: bound("VALIDITY_MAX_AHEAD_DAYS", "maxAheadDays"),
    maxPermitDays: bound("PERMIT_MAX_DAYS", "maxPermitDays"),
  };
}
