import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issuedPermitSchema } from "@permit-desk/schema";
import autocannon from "autocannon";
import { sql } from "kysely";
import { openDatabase } from "../db/open-database.ts";
import { openPostgres, quoteIdentifier } from "../db/open-postgres.ts";
import { createJournal } from "../journal/journal.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { killHard, startBffProcess } from "./bff-process.ts";
import { closedPort } from "./recording-server.ts";
import { startSimulatorProcess } from "./simulator-process.ts";
import { sendOverHttp, signInAsStaff } from "./staff-session.ts";

export const LOAD_TOKEN = "load-test-token";

/** A permit starting on the day the run starts, within any site's validity bounds. */
const loadStart = new Date();
export const loadDraft = {
  plate: "LOAD123",
  zone: "Lot 4",
  validFrom: loadStart.toISOString(),
  validUntil: new Date(loadStart.getTime() + 8 * 3_600_000).toISOString(),
  amount: "14.50",
};

/** One clerk's request to issue `loadDraft` through the BFF at `url`, under a new key. */
export function issueLoadPermit(url: string, staff: Record<string, string>): Promise<Response> {
  return fetch(`${url}/api/permits`, {
    method: "POST",
    headers: { ...staff, "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
    body: JSON.stringify(loadDraft),
  });
}

/** Where the BFF under load keeps its journal: a fresh SQLite file, or a fresh PostgreSQL schema. */
export async function loadDatabase(postgresUrl: string | undefined) {
  if (postgresUrl === undefined) {
    const dir = mkdtempSync(join(tmpdir(), "permit-desk-load-"));
    const url = join(dir, "journal.sqlite");
    return {
      url,
      open: () => openDatabase(url, { baseDir: dir }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `load_${randomUUID().replaceAll("-", "")}`;
  const admin = openPostgres(postgresUrl, { poolSize: 1 });
  await sql`create schema ${sql.raw(quoteIdentifier(schema))}`.execute(admin);
  const url = new URL(postgresUrl);
  url.searchParams.set("options", `-c search_path=${quoteIdentifier(schema)}`);
  return {
    url: url.toString(),
    open: () => openDatabase(postgresUrl, { baseDir: process.cwd(), postgres: { schema } }),
    drop: async () => {
      await sql`drop schema ${sql.raw(quoteIdentifier(schema))} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

/**
 * The real server in its own process, live against the simulator in another on loopback, with a
 * journal of its own; `journalEntries` reads that journal directly, not through the API under test.
 */
export async function startIssuingStack(
  options: { postgresUrl?: string; env?: Record<string, string> } = {},
) {
  const simulator = await startSimulatorProcess([LOAD_TOKEN]);
  const database = await loadDatabase(options.postgresUrl);
  const bff = await startBffProcess(
    {
      DATABASE_URL: database.url,
      OPSCOM_API_TOKEN: LOAD_TOKEN,
      OPSCOM_BASE_URL: simulator.url,
      OPSCOM_TIMEOUT_MS: "10000",
      ZONES: "Lot 4",
      LOG_LEVEL: "warn",
      ...options.env,
    },
    await closedPort(),
  ).catch(async (error: unknown) => {
    await simulator.stop();
    await database.drop();
    throw error;
  });
  return {
    url: bff.url,
    simulatorUrl: simulator.url,
    /** The server's DATABASE_URL: a SQLite file, or PostgreSQL with the run's schema. */
    databaseUrl: database.url,
    simulatedPermitCount: () => simulator.permitCount(),
    async journalEntries(): Promise<JournalEntry[]> {
      const handle = database.open();
      try {
        const journal = createJournal(handle.db, { clock: () => new Date() });
        const entries: JournalEntry[] = [];
        for await (const entry of journal.iterate({}, 500)) entries.push(entry);
        return entries;
      } finally {
        await handle.close();
      }
    },
    /**
     * The journal once no entry is pending: requests a client gave up on at the end of a timed
     * run are still finished by the server, and only then is the count OPSCOM holds final.
     */
    async settledJournalEntries(timeoutMs = 30_000): Promise<JournalEntry[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const entries = await this.journalEntries();
        const pending = entries.some((entry) => entry.state === "pending");
        if (!pending || Date.now() > deadline) return entries;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async stop() {
      await killHard(bff);
      await simulator.stop();
      await database.drop();
    },
  };
}

export type IssueLoad = {
  connections: number;
  durationSeconds: number;
  /** An upper bound on requests, whatever the duration. */
  maxRequests?: number;
};

export type IssueLoadResult = {
  requests: number;
  permitsPerSecond: number;
  medianMs: number;
  p99Ms: number;
  /** Answers by HTTP status. */
  statuses: Map<number, number>;
  /** Idempotency key → reference, for every 201. */
  issued: Map<string, string>;
  /** Every key that got an answer, and its status. */
  answered: Map<string, number>;
  errors: number;
  timeouts: number;
};

/** Issues permits at `url` from `connections` clients at once, each request under a new key. */
export async function issueUnderLoad(url: string, load: IssueLoad): Promise<IssueLoadResult> {
  if (new URL(url).hostname !== "127.0.0.1") throw new Error("Load only ever targets 127.0.0.1.");
  const staff = await signInAsStaff(sendOverHttp(url));
  const keyOfConnection = new WeakMap<object, string>();
  const issued = new Map<string, string>();
  const answered = new Map<string, number>();
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url: `${url}/api/permits`,
    connections: load.connections,
    duration: load.durationSeconds,
    ...(load.maxRequests !== undefined && { amount: load.maxRequests }),
    timeout: 20,
    method: "POST",
    headers: { ...staff, "content-type": "application/json" },
    body: JSON.stringify(loadDraft),
    requests: [
      {
        setupRequest: (request, context) => {
          const key = randomUUID();
          keyOfConnection.set(context, key);
          return { ...request, headers: { ...request.headers, "idempotency-key": key } };
        },
        onResponse: (status, body, context) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          const key = keyOfConnection.get(context);
          if (key === undefined) return;
          answered.set(key, status);
          if (status !== 201) return;
          const permit = issuedPermitSchema.safeParse(safeJson(body));
          if (permit.success) issued.set(key, permit.data.referenceId);
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    permitsPerSecond: issued.size / (result.duration || load.durationSeconds),
    medianMs: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    issued,
    answered,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What went wrong under load: lost, duplicated or pending permits and 5xx answers; empty when none. */
export function loadProblems(
  result: IssueLoadResult,
  entries: readonly JournalEntry[],
  simulatedPermits: number,
): string[] {
  const problems: string[] = [];
  const byKey = new Map(entries.map((entry) => [entry.idempotencyKey, entry]));
  const serverErrors = [...result.statuses].filter(([status]) => status >= 500);
  if (serverErrors.length > 0) problems.push(`5xx answers: ${JSON.stringify(serverErrors)}`);
  for (const [key, referenceId] of result.issued) {
    const entry = byKey.get(key);
    if (entry?.state !== "issued" || entry.referenceId !== referenceId)
      problems.push(
        `lost: ${key} was answered 201 ${referenceId} but the journal has ${entry?.state}`,
      );
  }
  for (const [key, status] of result.answered) {
    if (!byKey.has(key) && !(status >= 400 && status < 500))
      problems.push(`lost: ${key} was answered ${status} and is not in the journal`);
  }
  const pending = entries.filter((entry) => entry.state === "pending").length;
  if (pending > 0) problems.push(`${pending} journal entries still pending`);
  const issuedRows = entries.filter((entry) => entry.state === "issued").length;
  if (simulatedPermits !== issuedRows)
    problems.push(
      `duplicated: OPSCOM holds ${simulatedPermits} permits, the journal ${issuedRows} issued`,
    );
  if (new Set(entries.map((entry) => entry.idempotencyKey)).size !== entries.length)
    problems.push("duplicated: two journal entries under one key");
  return problems;
}
