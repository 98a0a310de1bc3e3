import {
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";

/** A backup or restore refused, with what the operator should do instead. */
export class CopyRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyRefusedError";
  }
}

/** What a Permit Desk database holds, as far as choosing between two copies goes. */
export type JournalSummary = {
  permits: number;
  changes: number;
  /** The latest permit, change, outcome, finding or audit event recorded; undefined when none. */
  latestEntryAt: Date | undefined;
};

const SQLITE_HEADER = "SQLite format 3\0";
/** The whole database in one step: one read of one snapshot, which writers in WAL mode do not wait on. */
const ALL_PAGES = 0x7fffffff;

function isSqliteFile(path: string): boolean {
  if (statSync(path).size < SQLITE_HEADER.length) return false;
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, "r");
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString("latin1") === SQLITE_HEADER;
}

/** Opens an existing Permit Desk database, or says why the file is not one. */
function openJournal(path: string, what: string): SqliteDatabase.Database {
  if (!existsSync(path)) throw new CopyRefusedError(`${what} ${path} does not exist.`);
  if (!statSync(path).isFile()) throw new CopyRefusedError(`${what} ${path} is not a file.`);
  if (!isSqliteFile(path)) {
    throw new CopyRefusedError(`${what} ${path} is not a SQLite database.`);
  }
  const db = new SqliteDatabase(path, { fileMustExist: true });
  let tables: string[];
  try {
    db.pragma("busy_timeout = 5000");
    tables = db
      .prepare("select name from sqlite_master where type = 'table'")
      .pluck()
      .all() as string[];
  } catch (error) {
    db.close();
    throw new CopyRefusedError(
      `${what} ${path} is damaged: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  if (
    !["journal_entries", "journal_changes", "kysely_migration"].every((t) => tables.includes(t))
  ) {
    db.close();
    throw new CopyRefusedError(
      `${what} ${path} is a SQLite database, but not Permit Desk's: it has no journal.`,
    );
  }
  return db;
}

/**
 * Where a database records when it last changed, beyond its permits and changes: their outcomes,
 * staff's findings, and the audit trail (users, zones, templates, sign-ins). A restore over a
 * database with any of them later than the backup's would lose them.
 */
const LATEST_WRITES: [table: string, column: string][] = [
  ["journal_entries", "created_at"],
  ["journal_entries", "completed_at"],
  ["journal_changes", "created_at"],
  ["journal_changes", "completed_at"],
  ["journal_reconciliations", "reconciled_at"],
  ["journal_change_reconciliations", "reconciled_at"],
  ["audit_events", "at"],
];

function summaryOf(db: SqliteDatabase.Database): JournalSummary {
  const count = (table: string) =>
    db.prepare(`select count(*) from ${table}`).pluck().get() as number;
  const tables = new Set(
    db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[],
  );
  const latest = db
    .prepare(
      `select max(at) from (${LATEST_WRITES.filter(([table]) => tables.has(table))
        .map(([table, column]) => `select max(${column}) as at from ${table}`)
        .join(" union all ")})`,
    )
    .pluck()
    .get() as number | null;
  return {
    permits: count("journal_entries"),
    changes: count("journal_changes"),
    latestEntryAt: latest === null ? undefined : new Date(Number(latest)),
  };
}

function checkIntegrity(db: SqliteDatabase.Database, what: string) {
  let result: unknown;
  try {
    result = db.pragma("integrity_check", { simple: true });
  } catch (error) {
    // A page SQLite cannot even read: "database disk image is malformed".
    result = error instanceof Error ? error.message : String(error);
  }
  if (result !== "ok") {
    throw new CopyRefusedError(
      `${what} is damaged: PRAGMA integrity_check says ${String(result)}.`,
    );
  }
}

/**
 * Copies `db` into a new file at `path`, from one snapshot; checks the copy and makes it one
 * file on its own (rollback journal, no WAL beside it). Returns what the copy holds.
 */
async function copyInto(db: SqliteDatabase.Database, path: string): Promise<JournalSummary> {
  await db.backup(path, { progress: () => ALL_PAGES });
  const copy = new SqliteDatabase(path, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    checkIntegrity(copy, "The copy");
    return summaryOf(copy);
  } finally {
    copy.close();
  }
}

/** `file.partial-1234`: a copy being written never has the name it will have. */
const partialNameOf = (path: string) => `${path}.partial-${process.pid}`;

function removeWithSidecars(path: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"])
    rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Gives the finished copy its name, unless a file took that name while it was being written (a
 * second backup under the same name, say): a hard link fails where a rename would replace it.
 * A file system without hard links gets the rename, after one more look.
 */
function takeNameUnlessTaken(partial: string, target: string) {
  const taken = () =>
    new CopyRefusedError(`${target} already exists: name a new file for the backup.`);
  try {
    linkSync(partial, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw taken();
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw error;
    if (existsSync(target)) throw taken();
    renameSync(partial, target);
    return;
  }
  rmSync(partial);
}

/**
 * Writes a consistent copy of the journal at `source` to `target` while the server runs and
 * issues: SQLite's online backup, all pages in one step, so the copy is the database as it was
 * at one instant (commits after it are not in the copy, none is half in it). Checked with
 * `PRAGMA integrity_check` before it takes its name.
 */
export async function backupJournal(source: string, target: string): Promise<JournalSummary> {
  if (existsSync(target)) {
    throw new CopyRefusedError(`${target} already exists: name a new file for the backup.`);
  }
  if (!existsSync(dirname(target))) {
    throw new CopyRefusedError(`The folder ${dirname(target)} does not exist.`);
  }
  const db = openJournal(source, "The database");
  const partial = partialNameOf(target);
  try {
    const summary = await copyInto(db, partial);
    takeNameUnlessTaken(partial, target);
    return summary;
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  } finally {
    db.close();
  }
}

/** Leases a server holds on this database and has renewed lately: it is running. */
function liveLease(
  db: SqliteDatabase.Database,
  now: Date,
): { label: string; expiresAt: Date } | undefined {
  const tables = db.prepare("select name from sqlite_master where name = 'instance_leases'").all();
  if (tables.length === 0) return undefined;
  const row = db
    .prepare(
      "select label, expires_at from instance_leases where expires_at > ? order by expires_at desc limit 1",
    )
    .get(now.getTime()) as { label: string; expires_at: number } | undefined;
  return row === undefined
    ? undefined
    : { label: row.label, expiresAt: new Date(Number(row.expires_at)) };
}

export type RestoreResult = {
  restored: JournalSummary;
  /** Where the database it replaced was kept, when there was one. */
  keptAs: string | undefined;
};

/**
 * The database a restore replaces, as far as the restore must know it: a server's live lease and
 * its latest entry, checkpointed so that the file kept is whole on its own; or why it cannot be
 * read (damaged, or not a database at all), which is when a restore is wanted most.
 */
function readCurrent(
  target: string,
  now: Date,
):
  | { kind: "sound"; lease: ReturnType<typeof liveLease>; latest: Date | undefined }
  | { kind: "unreadable"; reason: string } {
  let current: SqliteDatabase.Database;
  try {
    current = openJournal(target, "The database");
  } catch (error) {
    if (error instanceof CopyRefusedError) return { kind: "unreadable", reason: error.message };
    throw error;
  }
  try {
    const lease = liveLease(current, now);
    const latest = summaryOf(current).latestEntryAt;
    // Everything committed goes into the main file, so the copy kept is whole on its own.
    if (lease === undefined) current.pragma("wal_checkpoint(TRUNCATE)");
    return { kind: "sound", lease, latest };
  } catch (error) {
    if (!(error instanceof SqliteDatabase.SqliteError)) throw error;
    return { kind: "unreadable", reason: `The database ${target} is damaged: ${error.message}.` };
  } finally {
    current.close();
  }
}

/**
 * Puts the backup at `backup` in place of the database at `target`, with the server stopped.
 * Refuses a file that is not a sound Permit Desk database, a database a running server holds a
 * lease on, and, without `force`, a database holding entries newer than the backup's latest or
 * one it cannot read (damaged, or not a database).
 * The database replaced is kept beside it as `<name>.replaced-<time>`.
 */
export async function restoreJournal(
  backup: string,
  target: string,
  options: { force: boolean; now: Date },
): Promise<RestoreResult> {
  const source = openJournal(backup, "The backup");
  const partial = partialNameOf(target);
  try {
    checkIntegrity(source, `The backup ${backup}`);
    const restored = summaryOf(source);
    let keptAs: string | undefined;
    if (existsSync(target)) {
      const current = readCurrent(target, options.now);
      if (current.kind === "unreadable" && !options.force) {
        throw new CopyRefusedError(
          `${current.reason} Add --force to restore over it; it is kept beside the restored database as it is.`,
        );
      }
      if (current.kind === "sound") {
        const { lease, latest } = current;
        if (lease !== undefined) {
          throw new CopyRefusedError(
            `A server (${lease.label}) holds the database ${target} until ${lease.expiresAt.toISOString()}: stop Permit Desk before restoring. If it stopped without releasing it, try again after that time.`,
          );
        }
        const backupLatest = restored.latestEntryAt?.getTime() ?? Number.NEGATIVE_INFINITY;
        if (!options.force && latest !== undefined && latest.getTime() > backupLatest) {
          throw new CopyRefusedError(
            `The database ${target} is newer than the backup: its latest entry is from ${latest.toISOString()}, the backup's ${restored.latestEntryAt?.toISOString() ?? "(none)"}. Restoring would lose what was journalled since. Add --force to restore anyway; the database replaced is kept beside it.`,
          );
        }
      }
    }
    // On a new machine the data folder may not exist yet: the server would make it too.
    mkdirSync(dirname(target), { recursive: true });
    await copyInto(source, partial);
    if (existsSync(target)) {
      keptAs = `${target}.replaced-${options.now.toISOString().replace(/[:.]/g, "-")}`;
      renameSync(target, keptAs);
      // A damaged database's log may hold what a recovery tool can still read: it goes along.
      if (existsSync(`${target}-wal`)) renameSync(`${target}-wal`, `${keptAs}-wal`);
      rmSync(`${target}-shm`, { force: true });
    }
    renameSync(partial, target);
    return { restored, keptAs };
  } catch (error) {
    removeWithSidecars(partial);
    throw error;
  } finally {
    source.close();
  }
}
