import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { serve } from "@hono/node-server";
import type { Role } from "@permit-desk/schema";
import type { Hono } from "hono";
import { afterEach } from "vitest";
import { type App, createApp } from "../app.ts";
import { createPasswordHashing, type PasswordHashing } from "../auth/passwords.ts";
import { createBatchRunner } from "../batches/batch-runner.ts";
import type { Clock } from "../clock.ts";
import { type Config, loadConfig } from "../config.ts";
import type { DatabaseDialect } from "../db/database.ts";
import { createTestDatabase, type TestDatabase } from "../db/test-databases.ts";
import { createDrain } from "../http/draining.ts";
import { sessionCookieName } from "../http/session-cookie.ts";
import { continueOnlyWithinLimit } from "../http/size-limit.ts";
import { createLogger } from "../logger.ts";
import { watchOperations } from "../operations/watched-opscom.ts";
import { createOpscomClient, type OpscomClient } from "../opscom/client.ts";
import { issueSettingsOf } from "../permits/issue-permit.ts";
import { openStores } from "../stores.ts";
import { goodPasswordHash } from "./accounts.ts";
import { STAFF_USERNAME } from "./staff-session.ts";

export const TEST_TOKEN = "test-token-Zq7-do-not-leak";

/** Collects every log line the app writes, so tests can read them. */
export function logCollector() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(
        ...chunk
          .toString("utf8")
          .split("\n")
          .filter((line) => line !== ""),
      );
      callback();
    },
  });
  return { lines, logger: createLogger("debug", stream) };
}

const VALIDITY_BOUND_VARIABLES = [
  "VALIDITY_MAX_PAST_HOURS",
  "VALIDITY_MAX_AHEAD_DAYS",
  "PERMIT_MAX_DAYS",
] as const;

/** Bounds no fixed date reaches, for tests that do not set a clock or the bounds themselves. */
const UNBOUNDED_VALIDITY = {
  maxPastHours: Number.MAX_SAFE_INTEGER,
  maxAheadDays: Number.MAX_SAFE_INTEGER,
  maxPermitDays: Number.MAX_SAFE_INTEGER,
};

/**
 * The configuration tests run with. `validDraft` and its kin are dated July 2026, whatever
 * today is: unless a test names one of the validity bounds, they are lifted, and the tests of
 * the bounds set them (or a clock) themselves.
 */
export function testConfig(env: Record<string, string> = {}): Config {
  const config = loadConfig({
    OPSCOM_API_TOKEN: TEST_TOKEN,
    ZONES: "Lot 4,Lot 5",
    SITE_TIME_ZONE: "America/Toronto",
    OPSCOM_TIMEOUT_MS: "1000",
    ...env,
  });
  const boundsNamed = VALIDITY_BOUND_VARIABLES.some((name) => name in env);
  return boundsNamed ? config : { ...config, validityBounds: UNBOUNDED_VALIDITY };
}

const openDatabases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((database) => database.drop()));
});

/** Requests as one caller makes them: the app, with that caller's cookie unless one is given. */
export type TestClient = {
  request(path: string, init?: RequestInit): Promise<Response>;
  routes: App["routes"];
};

export function clientOf(app: App, cookie?: string): TestClient {
  return {
    routes: app.routes,
    request: async (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (cookie !== undefined && !headers.has("cookie")) headers.set("cookie", cookie);
      return app.request(path, { ...init, headers });
    },
  };
}

export type StaffOptions = {
  role: Role;
  zones?: string[];
  username?: string;
  displayName?: string;
};

/**
 * The app as the server builds it, on a fresh database with the configured zones, talking over
 * real HTTP to `baseUrl`. `app` acts for a signed-in administrator; `anonymous` for nobody;
 * `staffCookie` makes another member and signs them in.
 */
export async function testApp(options: {
  baseUrl: string;
  env?: Record<string, string>;
  opscom?: OpscomClient;
  opscomToken?: string;
  clock?: Clock;
  dialect?: DatabaseDialect;
  /** Password work as the server does it unless given (e.g. counting its verifications). */
  passwords?: PasswordHashing;
}) {
  const config = testConfig({ OPSCOM_BASE_URL: options.baseUrl, ...options.env });
  const { lines, logger } = logCollector();
  const database = await createTestDatabase(options.dialect ?? "sqlite");
  openDatabases.push(database);
  const clock = options.clock ?? (() => new Date());
  const stores = await openStores(database.db, clock, config, database);
  const { journal, idempotencyKeys, users, zones, sessions, audit } = stores;
  const { opscom, metrics, opscomHealth } = watchOperations({
    config,
    clock,
    awaitingFinding: stores.awaitingFinding,
    opscom:
      options.opscom ?? createOpscomClient({ ...config.opscom, sleep: async () => undefined }),
  });
  const drain = createDrain();
  const issueSettings = issueSettingsOf(config, options.opscomToken ?? TEST_TOKEN);
  const batchRunner = createBatchRunner({
    ...stores,
    opscom,
    metrics,
    issueSettings,
    config,
    clock,
    logger,
  });
  const hono = createApp({
    config,
    opscom,
    logger,
    clock,
    ...stores,
    drain,
    metrics,
    opscomHealth,
    passwords: options.passwords ?? createPasswordHashing(),
    issueSettings,
    batchRunner,
  });

  /** Creates a member with this role and these zones (by name) and returns their Cookie header. */
  const staffCookie = async (staff: StaffOptions): Promise<string> => {
    const known = await zones.list({ all: true });
    const username = staff.username ?? `${staff.role}-${crypto.randomUUID().slice(0, 8)}`;
    const user = await users.create(
      {
        username,
        displayName: staff.displayName ?? username,
        role: staff.role,
        zoneIds: known.filter((zone) => staff.zones?.includes(zone.name)).map((zone) => zone.id),
        passwordHash: await goodPasswordHash(),
      },
      { userId: null, label: "test" },
    );
    const { token } = await sessions.create(user.id);
    return `${sessionCookieName(config.session.secureCookie)}=${token}`;
  };
  const adminCookie = await staffCookie({ role: "admin", username: STAFF_USERNAME });
  const as = (cookie: string) => clientOf(hono, cookie);

  return {
    app: as(adminCookie),
    anonymous: clientOf(hono),
    hono,
    as,
    staffCookie,
    config,
    logLines: lines,
    journal,
    idempotencyKeys,
    users,
    zones,
    sessions,
    audit,
    database,
    drain,
    opscomHealth,
    batches: stores.batches,
    batchRunner,
  };
}

/**
 * `testApp` listening on a real port of loopback (its PORT, which requests must name in Host);
 * `extend` adds to the app before it answers, as server.ts adds the web app.
 */
export async function listeningTestApp(
  options: Omit<Parameters<typeof testApp>[0], "env"> & {
    env?: Record<string, string>;
    extend?: (app: Hono) => void;
  },
) {
  let handler: ((request: Request, env: unknown) => Response | Promise<Response>) | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        // The Node request and answer go with it, as server.ts passes them.
        fetch: (incoming, env) => handler?.(incoming, env) ?? new Response(null, { status: 503 }),
        port: 0,
        hostname: "127.0.0.1",
      },
      () => resolve(started),
    );
    continueOnlyWithinLimit(started);
  });
  const port = (server.address() as AddressInfo).port;
  const { extend, ...rest } = options;
  const context = await testApp({ ...rest, env: { ...options.env, PORT: String(port) } });
  extend?.(context.hono);
  handler = (incoming, env) => context.hono.fetch(incoming, env);
  return {
    ...context,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const validDraft = {
  plate: "pl8 rdr",
  zone: "Lot 4",
  validFrom: "2026-07-02T09:00:00-04:00",
  validUntil: "2026-07-02T17:00:00-04:00",
  amount: "14.5",
  permitNo: "L4-1138",
};

/**
 * validDraft, starting now for two hours: for a server in its own process, whose clock is the
 * machine's and whose validity bounds are the defaults (a start at most 24 hours ago).
 */
export function draftStartingNow(now = new Date()) {
  return {
    ...validDraft,
    validFrom: now.toISOString(),
    validUntil: new Date(now.getTime() + 2 * 3_600_000).toISOString(),
  };
}

/** POSTs a permit as the web client does: JSON, with a fresh idempotency key unless one is given. */
export function postPermit(app: TestClient, body: unknown, headers: Record<string, string> = {}) {
  return app.request("/api/permits", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
