import { accessSync, constants, mkdirSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import SqliteDatabase from "better-sqlite3";

/**
 * Raised when another process holds a SQLite journal: a server serving it, or a restore replacing
 * it.
 */
export class JournalInUseError extends Error {
  constructor(readonly filename: string) {
    super(`another process holds ${filename}`);
    this.name = "JournalInUseError";
  }
}

/**
 * Raised when the lock's file beside a journal cannot serve as a lock: not an empty file (a
 * folder, or a file of other contents), or one this process may not write, which SQLite would
 * open read-only and lock for reading only, keeping no other process out.
 */
export class ServingLockFileError extends Error {
  constructor(
    readonly lockFile: string,
    problem: string,
  ) {
    super(
      `its lock file ${lockFile} ${problem}. It must be an empty file this process may write; replace it only while no Permit Desk server or restore runs on the database`,
    );
    this.name = "ServingLockFileError";
  }
}

export type ServingLock = { release(): void };

/**
 * The connections holding locks, kept here so that a caller who drops its handle does not lose
 * the lock: a collected connection is closed, and its lock with it.
 */
const held = new Set<SqliteDatabase.Database>();

/** The file beside the journal whose lock says that a process holds the journal. */
export const servingLockFileOf = (filename: string) => `${filename}.lock`;

/**
 * The file SQLite opens for `filename`: its folder's real path, and a symbolic link at the end
 * followed, as SQLite follows it, to the file it names (made there if it does not exist yet).
 * The lock's file is named after this one: named after a link, it was a second lock on the same
 * journal, and a second server on it started. (A hard link is a second name no path tells
 * apart from the first, to SQLite either: a journal is not to be served under two of them.)
 */
function journalFileNamed(filename: string): string {
  let path = resolve(filename);
  // As many links as SQLite follows before it gives up on a name.
  for (let links = 0; links < 100; links++) {
    let target: string;
    try {
      path = join(realpathSync(dirname(path)), basename(path));
      target = readlinkSync(path);
    } catch {
      // Not a link, or not there yet (nor its folder: SQLite cannot open it either).
      return path;
    }
    path = resolve(dirname(path), target);
  }
  return path;
}

/**
 * Holds a SQLite journal for this process alone, until `release` or the process ends. One process
 * serves a SQLite file (decision 013): it calls whatever another left pending interrupted at
 * start, so a second server on the same file, on another port, would call the first's permits
 * in flight interrupted. Throws `JournalInUseError` when another process holds it.
 *
 * The lock is SQLite's own write lock on an empty file beside the journal, taken and never
 * committed: the operating system drops it when the process ends, however it ends (a crash, a
 * SIGKILL), so a restart never waits for a stale lock. The journal itself stays open to other
 * readers and to the command-line tools.
 */
export function holdSqliteJournal(filename: string): ServingLock {
  mkdirSync(dirname(filename), { recursive: true });
  const lockFile = servingLockFileOf(journalFileNamed(filename));
  try {
    accessSync(lockFile, constants.W_OK);
  } catch (error) {
    // Missing, it is made; there but not writable, SQLite would open it read-only and only read.
    const code = (error as { code?: string }).code;
    if (code !== "ENOENT") throw new ServingLockFileError(lockFile, `cannot be written (${code})`);
  }
  let lock: SqliteDatabase.Database;
  try {
    // No busy timeout: a held lock is an answer, not a moment to wait out.
    lock = new SqliteDatabase(lockFile, { timeout: 0 });
  } catch (error) {
    throw new ServingLockFileError(lockFile, `cannot be opened (${(error as Error).message})`);
  }
  try {
    // No rollback journal beside it: nothing is ever written to this file.
    lock.pragma("journal_mode = MEMORY");
    lock.pragma("locking_mode = EXCLUSIVE");
    // The write (RESERVED) lock, one holder at a time, taken in one step: an exclusive one is
    // taken in two, and waits for the others' read locks to go; with no wait, two starting at
    // once each saw the other's read lock, and both stopped with neither holding the journal.
    lock.exec("BEGIN IMMEDIATE");
  } catch (error) {
    lock.close();
    const { code, message } = error as { code?: string; message?: string };
    if (code === "SQLITE_BUSY") throw new JournalInUseError(filename);
    if (code?.startsWith("SQLITE_")) {
      throw new ServingLockFileError(lockFile, `cannot be locked (${message})`);
    }
    throw error;
  }
  held.add(lock);
  return {
    release() {
      held.delete(lock);
      if (lock.open) lock.close();
    },
  };
}
