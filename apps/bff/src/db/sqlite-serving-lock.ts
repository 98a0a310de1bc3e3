import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
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

export type ServingLock = { release(): void };

/**
 * The connections holding locks, kept here so that a caller who drops its handle does not lose
 * the lock: a collected connection is closed, and its lock with it.
 */
const held = new Set<SqliteDatabase.Database>();

/** The file beside the journal whose lock says that a process holds the journal. */
export const servingLockFileOf = (filename: string) => `${filename}.lock`;

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
  // No busy timeout: a held lock is an answer, not a moment to wait out.
  const lock = new SqliteDatabase(servingLockFileOf(filename), { timeout: 0 });
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
    if ((error as { code?: string }).code === "SQLITE_BUSY") throw new JournalInUseError(filename);
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
