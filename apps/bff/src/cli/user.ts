import { relative } from "node:path";
import { systemClock } from "../clock.ts";
import { type Config, ConfigError, loadConfig } from "../config.ts";
import { databaseLocation } from "../db/database-location.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { type DatabaseHandle, openDatabase } from "../db/open-database.ts";
import { UsernameTakenError } from "../users/user-errors.ts";
import { createUsers } from "../users/users.ts";
import { UnknownZonesError, ZoneNotFoundError } from "../zones/zone-errors.ts";
import { createZones } from "../zones/zones.ts";
import { addUser, WeakPasswordError } from "./add-user.ts";
import { PasswordInputError, readPassword } from "./read-password.ts";
import { parseUserArguments, UsageError } from "./user-arguments.ts";

const EXIT_REFUSED = 1;
const EXIT_USAGE = 2;
const REFUSALS = [
  ConfigError,
  PasswordInputError,
  WeakPasswordError,
  UnknownZonesError,
  UsernameTakenError,
  ZoneNotFoundError,
  RangeError,
];

/** Demo and live keep separate files: say which one the account went into. */
function whereStored(config: Config): string {
  const location = databaseLocation(config.databaseUrl, process.cwd());
  if (location.dialect === "postgres") return "the PostgreSQL database";
  const inside = relative(process.cwd(), location.filename);
  const file = inside === "" || inside.startsWith("..") ? location.filename : inside;
  return `${config.demo ? "the demo database" : "the database"} ${file}`;
}

async function run(database: DatabaseHandle, argv: string[], config: Config) {
  const args = parseUserArguments(argv);
  const password = await readPassword(process.stdin, process.stdout);
  await migrateToLatest(database.db, database.dialect);
  const clock = systemClock;
  const zones = createZones(database.db, { clock });
  // The server does the same at start: a new database gets the configured zones.
  await zones.seed(config.zones, { userId: null, label: "ZONES" });
  const users = createUsers(database.db, { clock });
  const user = await addUser({ users, zones }, args, password, { userId: null, label: "cli" });
  const zoneList = user.zones.map((zone) => zone.name).join(", ");
  process.stdout.write(
    `Added ${user.username} (${user.role}${zoneList === "" ? "" : `; ${zoneList}`}) to ${whereStored(config)}.\n`,
  );
  if (user.role !== "admin" && user.zones.length === 0) {
    process.stderr.write(
      `${user.username} has no zones yet and cannot issue permits until an admin assigns some.\n`,
    );
  }
}

function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT_USAGE;
  if (REFUSALS.some((kind) => error instanceof kind)) return EXIT_REFUSED;
  throw error;
}

async function main() {
  let database: DatabaseHandle | undefined;
  try {
    const config = loadConfig(process.env);
    database = openDatabase(config.databaseUrl, { baseDir: process.cwd() });
    await run(database, process.argv.slice(2), config);
  } catch (error) {
    process.exitCode = exitCodeOf(error);
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await database?.close();
  }
}

await main();
