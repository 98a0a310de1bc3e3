import { type ServerType, serve } from "@hono/node-server";
import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import { createApp } from "./app.ts";
import { createPasswordHashing } from "./auth/passwords.ts";
import { createBatchRunner } from "./batches/batch-runner.ts";
import { systemClock } from "./clock.ts";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { databaseLocation } from "./db/database-location.ts";
import { migrateToLatest } from "./db/migrate.ts";
import { openDatabase } from "./db/open-database.ts";
import {
  holdSqliteJournal,
  JournalInUseError,
  type ServingLock,
  ServingLockFileError,
} from "./db/sqlite-serving-lock.ts";
import { createDrain } from "./http/draining.ts";
import { continueOnlyWithinLimit } from "./http/size-limit.ts";
import { createLogger } from "./logger.ts";
import { type Maintenance, startMaintenance } from "./maintenance.ts";
import { watchOperations } from "./operations/watched-opscom.ts";
import { createOpscomClient } from "./opscom/client.ts";
import { issueSettingsOf } from "./permits/issue-permit.ts";
import { createShutdown, DRAIN_MARGIN_MS, type ShutdownStep } from "./shutdown.ts";
import { openStores } from "./stores.ts";
import { defaultWebDistDir, serveWebApp } from "./web-assets.ts";

const DEMO_TOKEN = "permit-desk-demo-token";
/** How long a client may take to send a whole request (headers and body): a permit is small. */
const REQUEST_RECEIVE_TIMEOUT_MS = 30_000;
const HEADERS_RECEIVE_TIMEOUT_MS = 20_000;
/** The same once draining: what has not arrived by then is not waited for. */
const DRAIN_RECEIVE_TIMEOUT_MS = 1_000;

function configOrExit() {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Permit Desk cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * A SQLite journal is served by one process: a second server on the same file, on another port,
 * stops here before it touches the journal. Held until the process ends.
 */
function holdJournalOrExit(config: Config): ServingLock | undefined {
  const location = databaseLocation(config.databaseUrl, process.cwd());
  if (location.dialect !== "sqlite" || location.filename === ":memory:") return undefined;
  try {
    return holdSqliteJournal(location.filename);
  } catch (error) {
    if (error instanceof ServingLockFileError) {
      process.stderr.write(
        `Permit Desk cannot start: the SQLite database ${location.filename} (DATABASE_URL) cannot be held for this process alone: ${error.message}.\n`,
      );
      process.exit(1);
    }
    if (!(error instanceof JournalInUseError)) throw error;
    process.stderr.write(
      `Permit Desk cannot start: another process holds the SQLite database ${location.filename}${process.env.DATABASE_URL ? " (DATABASE_URL)" : ""}: a Permit Desk server, or a restore. Stop it first; several servers share one journal only on PostgreSQL.\n`,
    );
    process.exit(1);
  }
}

async function main() {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const clock = systemClock;
  const journalLock = holdJournalOrExit(config);

  const startedAt = clock();
  const database = openDatabase(config.databaseUrl, {
    baseDir: process.cwd(),
    postgres: {
      onIdleError: (error) =>
        logger.error({ event: "db.idle_error", err: error }, "database connection lost"),
    },
  });
  await migrateToLatest(database.db, database.dialect);
  const stores = await openStores(database.db, clock, config, database);
  const { ownership, idempotencyKeys, sessions, signInThrottle } = stores;

  const simulator = config.demo
    ? await startSimulatorServer({ port: 0, tokens: [DEMO_TOKEN] })
    : undefined;
  // Demo mode's simulator is watched like OPSCOM: its calls go over HTTP all the same.
  const { opscom, metrics, opscomHealth } = watchOperations({
    config,
    clock,
    awaitingFinding: stores.awaitingFinding,
    opscom: createOpscomClient({
      ...config.opscom,
      baseUrl: simulator?.url ?? config.opscom.baseUrl,
    }),
  });
  const drain = createDrain();
  const issueSettings = issueSettingsOf(config, config.opscom.apiToken ?? DEMO_TOKEN);
  // Lists issued on the server: their rows go through the same pipeline as the form's permits.
  const batchRunner = createBatchRunner({
    ...stores,
    opscom,
    metrics,
    issueSettings,
    config,
    clock,
    logger,
  });
  const app = createApp({
    config,
    opscom,
    logger,
    clock,
    ...stores,
    drain,
    metrics,
    opscomHealth,
    passwords: createPasswordHashing(),
    issueSettings,
    batchRunner,
  });
  const servesWeb = serveWebApp(app, config.webDistDir ?? defaultWebDistDir());
  if (!servesWeb && config.webDistDir !== undefined) {
    throw new Error(`WEB_DIST_DIR: no built web app (index.html) in "${config.webDistDir}".`);
  }
  let maintenance: Maintenance | undefined;

  // Requests wait for start-up recovery, which waits for the port (see below).
  let recovered: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    recovered = resolve;
  });
  const server: ServerType = serve(
    {
      fetch: async (request, env) => {
        await ready;
        return app.fetch(request, env);
      },
      port: config.port,
      hostname: config.host,
      // Checked every second, so that the short deadline a drain sets for receiving a request
      // (see onDrainStart below) is kept; a request being answered is not affected.
      serverOptions: {
        headersTimeout: HEADERS_RECEIVE_TIMEOUT_MS,
        requestTimeout: REQUEST_RECEIVE_TIMEOUT_MS,
        connectionsCheckingInterval: 1_000,
      },
    },
    (info) => {
      const shownHost = config.host === "0.0.0.0" ? "localhost" : config.host;
      logger.info(
        {
          event: "server.listening",
          port: info.port,
          host: config.host,
          demo: config.demo,
          database: database.dialect,
          opscomBaseUrl: config.demo ? "in-process simulator" : config.opscom.baseUrl,
          opscomClientCode: config.opscom.clientCode,
          timeBasis: config.opscom.timeBasis,
          siteTimeZone: config.siteTimeZone,
          servesWeb,
          instanceId: ownership.instanceId,
        },
        `Permit Desk listening on http://${shownHost}:${info.port}${config.demo ? " (demo mode: permits are not sent to OPSCOM)" : ""}`,
      );
      // Only once the port is ours: a second copy started by mistake must not touch the journal.
      startMaintenance({
        ownership,
        idempotencyKeys,
        sessions,
        signInThrottle,
        clock,
        logger,
        leaseMs: config.instanceLeaseMs,
        // One SQLite file serves one process: whatever was pending before it started is orphaned.
        ...(database.dialect === "sqlite" && { onlyProcessSince: startedAt }),
      })
        .then(
          (started) => {
            maintenance = started;
            // Running lists resume from their first row not yet sent, here or once another
            // server's lease lapses (decision 029).
            batchRunner.kick();
            setInterval(
              () => batchRunner.kick(),
              Math.max(config.instanceLeaseMs / 3, 250),
            ).unref();
          },
          (error: unknown) =>
            logger.error({ event: "maintenance.failed", err: error }, "recovery failed"),
        )
        .finally(recovered);
    },
  );
  continueOnlyWithinLimit(server);
  server.on("error", (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === "EADDRINUSE"
        ? `port ${config.port} is already in use (PORT).`
        : `cannot listen on ${config.host}:${config.port} (HOST, PORT): ${error.message}`;
    process.stderr.write(`Permit Desk cannot start: ${reason}\n`);
    process.exit(1);
  });

  // After the drain, in order, while the database is still open. A lease this instance holds
  // in the database is released here, after maintenance stops renewing it.
  const beforeDatabaseCloses: ShutdownStep[] = [
    // Rows being sent finish and are journalled; the rest wait for the next start.
    { name: "batches", run: () => batchRunner.stop() },
    { name: "maintenance", run: () => maintenance?.stop() },
    // Only once nothing this process sent is awaited: then its pending rows are orphans.
    { name: "lease", run: () => maintenance?.releaseLease() },
    // The demo's OPSCOM answers until the last request is done.
    { name: "demo simulator", run: () => simulator?.close() },
  ];
  const shutdown = createShutdown({
    logger,
    drain,
    drainTimeoutMs: config.opscom.timeoutMs + DRAIN_MARGIN_MS,
    started: ready,
    // A client still sending its request's body (a slow one, or one that stalls on purpose)
    // has one second more: it has asked nothing yet, and must not hold the drain or fail it.
    onDrainStart: () => {
      if ("requestTimeout" in server) {
        server.requestTimeout = DRAIN_RECEIVE_TIMEOUT_MS;
        // Node judges a request whose body is still arriving by this one too.
        server.headersTimeout = DRAIN_RECEIVE_TIMEOUT_MS;
      }
    },
    closeHttpServer: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections, and those of requests answered 503 meanwhile.
        if ("closeAllConnections" in server) server.closeAllConnections();
      }),
    beforeDatabaseCloses,
    closeDatabase: async () => {
      await database.close();
      journalLock?.release();
    },
    exit: (code) => process.exit(code),
  });
  process.on("SIGINT", () => shutdown.onSignal("SIGINT"));
  process.on("SIGTERM", () => shutdown.onSignal("SIGTERM"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Permit Desk cannot start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
