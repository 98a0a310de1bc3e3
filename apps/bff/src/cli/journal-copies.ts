import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { healthSchema } from "@permit-desk/schema";
import {
  backupJournal,
  CopyRefusedError,
  type JournalSummary,
  restoreJournal,
} from "../backup/sqlite-copies.ts";
import { type Config, ConfigError, DEMO_DATABASE, loadConfig } from "../config.ts";
import { DatabaseUrlError, databaseLocation } from "../db/database-location.ts";
import {
  holdSqliteJournal,
  JournalInUseError,
  ServingLockFileError,
} from "../db/sqlite-serving-lock.ts";

const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;
const USAGE = "Usage: npm run backup -- <file>   or   npm run restore -- <file> [--force]";

class UsageError extends Error {}

/** The SQLite file the server's configuration names; PostgreSQL has tools of its own. */
function journalFileOf(config: Config): string {
  const location = databaseLocation(config.databaseUrl, process.cwd());
  if (location.dialect === "postgres") {
    throw new CopyRefusedError(
      'DATABASE_URL names a PostgreSQL database: back it up with pg_dump (pg_dump --format=custom --file=permit-desk.dump "$DATABASE_URL") and restore it with pg_restore, as the README\'s Operations section says.',
    );
  }
  if (location.filename === ":memory:") {
    throw new CopyRefusedError("DATABASE_URL is :memory:, which keeps nothing to copy.");
  }
  return location.filename;
}

const shown = (path: string) => {
  const inside = relative(process.cwd(), path);
  return inside === "" || inside.startsWith("..") ? path : inside;
};

function described(summary: JournalSummary): string {
  const latest = summary.latestEntryAt?.toISOString() ?? "none";
  return `${summary.permits} permit(s), ${summary.changes} change(s), latest entry ${latest}`;
}

/** Whether Permit Desk answers on the configured port: restoring under it would pull the floor away. */
async function serverAnswers(config: Config): Promise<boolean> {
  const host =
    config.host === "0.0.0.0" ? "127.0.0.1" : config.host === "::" ? "[::1]" : config.host;
  try {
    const response = await fetch(
      `http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${config.port}/healthz`,
      {
        signal: AbortSignal.timeout(2_000),
      },
    );
    return healthSchema.safeParse(await response.json()).success;
  } catch {
    return false;
  }
}

/** The journal held for the restore, or why not: a server on another port serves it. */
function holdJournalToRestore(journal: string, which: string) {
  try {
    return holdSqliteJournal(journal);
  } catch (error) {
    if (error instanceof ServingLockFileError) {
      throw new CopyRefusedError(
        `${which[0]?.toUpperCase()}${which.slice(1)} cannot be held for the restore: ${error.message}.`,
      );
    }
    if (!(error instanceof JournalInUseError)) throw error;
    throw new CopyRefusedError(
      `Another process holds ${which}: a Permit Desk server (on another port than PORT's), or another restore. Stop it before restoring, then start it again.`,
    );
  }
}

async function run(argv: string[]) {
  const [command, file, ...rest] = argv;
  const force = rest.includes("--force");
  if (
    (command !== "backup" && command !== "restore") ||
    file === undefined ||
    file.startsWith("--") ||
    rest.some((arg) => arg !== "--force") ||
    (command === "backup" && force)
  ) {
    throw new UsageError(USAGE);
  }
  const config = loadConfig(process.env);
  const journal = journalFileOf(config);
  // Without DATABASE_URL, demo mode (no OPSCOM_API_TOKEN) has a file of its own: say which.
  const demoFile = config.databaseUrl === DEMO_DATABASE;
  const which = `${demoFile ? "the demo database" : "the database"} ${shown(journal)}`;
  const path = resolve(file);
  if (command === "backup") {
    if (!existsSync(journal)) {
      throw new CopyRefusedError(
        `${which[0]?.toUpperCase()}${which.slice(1)} does not exist. Run this with the server's own DATABASE_URL, and its OPSCOM_API_TOKEN: without one, the demo's file is meant.`,
      );
    }
    const summary = await backupJournal(journal, path);
    process.stdout.write(`Backed up ${which} to ${shown(path)}: ${described(summary)}.\n`);
    return;
  }
  if (await serverAnswers(config)) {
    throw new CopyRefusedError(
      `Permit Desk answers on port ${config.port} (PORT): stop it before restoring, then start it again.`,
    );
  }
  // Held while the file is replaced: no server may start on it meanwhile.
  const lock = holdJournalToRestore(journal, which);
  const { restored, keptAs } = await restoreJournal(path, journal, {
    force,
    now: new Date(),
  }).finally(() => lock.release());
  process.stdout.write(
    `Restored ${shown(path)} as ${which}: ${described(restored)}.${keptAs === undefined ? "" : ` The database it replaced is kept as ${shown(keptAs)}.`}\n`,
  );
}

try {
  await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) process.exitCode = EXIT_USAGE;
  else if (
    [CopyRefusedError, ConfigError, DatabaseUrlError].some((kind) => error instanceof kind)
  ) {
    process.exitCode = EXIT_REFUSED;
  } else throw error;
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
}
