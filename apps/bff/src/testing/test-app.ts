import { Writable } from "node:stream";
import { afterEach } from "vitest";
import { createApp } from "../app.ts";
import type { Clock } from "../clock.ts";
import { type Config, loadConfig } from "../config.ts";
import type { DatabaseDialect } from "../db/database.ts";
import { createTestDatabase, type TestDatabase } from "../db/test-databases.ts";
import { createIdempotencyKeys } from "../idempotency/idempotency-keys.ts";
import { createJournal } from "../journal/journal.ts";
import { createLogger } from "../logger.ts";
import { createOpscomClient, type OpscomClient } from "../opscom/client.ts";
import { issueSettingsOf } from "../permits/issue-permit.ts";

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

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    OPSCOM_API_TOKEN: TEST_TOKEN,
    ZONES: "Lot 4,Lot 5",
    SITE_TIME_ZONE: "America/Toronto",
    OPSCOM_TIMEOUT_MS: "1000",
    ...env,
  });
}

const openDatabases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(openDatabases.splice(0).map((database) => database.drop()));
});

/** The app as the server builds it, on a fresh database, talking over real HTTP to `baseUrl`. */
export async function testApp(options: {
  baseUrl: string;
  env?: Record<string, string>;
  opscom?: OpscomClient;
  opscomToken?: string;
  clock?: Clock;
  dialect?: DatabaseDialect;
}) {
  const config = testConfig({ OPSCOM_BASE_URL: options.baseUrl, ...options.env });
  const { lines, logger } = logCollector();
  const database = await createTestDatabase(options.dialect ?? "sqlite");
  openDatabases.push(database);
  const clock = options.clock ?? (() => new Date());
  const opscom =
    options.opscom ?? createOpscomClient({ ...config.opscom, sleep: async () => undefined });
  const journal = createJournal(database.db, { clock });
  const idempotencyKeys = createIdempotencyKeys(database.db, { clock });
  const app = createApp({
    config,
    opscom,
    logger,
    clock,
    journal,
    idempotencyKeys,
    issueSettings: issueSettingsOf(config, options.opscomToken ?? TEST_TOKEN),
  });
  return { app, config, logLines: lines, journal, idempotencyKeys, database };
}

export const validDraft = {
  plate: "pl8 rdr",
  zone: "Lot 4",
  validFrom: "2026-07-02T09:00:00-04:00",
  validUntil: "2026-07-02T17:00:00-04:00",
  amount: "14.5",
  permitNo: "L4-1138",
};

/** POSTs a permit as the web client does: JSON, with a fresh idempotency key unless one is given. */
export function postPermit(
  app: ReturnType<typeof createApp>,
  body: unknown,
  headers: Record<string, string> = {},
) {
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
