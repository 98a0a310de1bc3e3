import { CompiledQuery, type Kysely } from "kysely";
import type { Database, DatabaseDialect } from "./database.ts";

/** Runs `work` in a transaction and resolves once that transaction is durably committed. */
export type Commit = <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>;

type Queued = {
  work: (trx: Kysely<Database>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
};

type Done = { ok: true; value: unknown } | { ok: false; error: unknown };

/** SQLite's answer when another connection kept the write lock past `busy_timeout`. */
function isLockedOut(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    /^SQLITE_(?:BUSY|LOCKED)/.test(error.code)
  );
}

/** The savepoint statements, compiled once: a batch of fifty writes runs a hundred of them. */
const savepoint = CompiledQuery.raw("savepoint one_write");
const release = CompiledQuery.raw("release one_write");
const rollback = CompiledQuery.raw("rollback to one_write");

/** Each write's own part of a shared transaction: undone alone when it fails. */
async function inSavepoint(trx: Kysely<Database>, work: Queued["work"]): Promise<Done> {
  await trx.executeQuery(savepoint);
  try {
    const value = await work(trx);
    await trx.executeQuery(release);
    return { ok: true, value };
  } catch (error) {
    await trx.executeQuery(rollback);
    await trx.executeQuery(release);
    return { ok: false, error };
  }
}

/**
 * Group commit on SQLite (decision 023): the writes asked for during one turn of the event loop
 * share one transaction, so one fsync under `synchronous=FULL` makes them all durable. Each runs
 * in a savepoint of its own, so one write's failure (a key already claimed, a permit changed
 * meanwhile) undoes only that write and rejects only its caller. Nobody is answered before the
 * commit returns: a write that resolves is on disk.
 *
 * better-sqlite3 runs every statement synchronously, so a batch holds the one connection for no
 * longer than its statements take; whatever arrives meanwhile waits for the next turn's batch.
 * A write refused because another process holds the write lock (after waiting `busy_timeout`
 * with the event loop stopped) fails the writes after it in the batch at once, unrun.
 */
function groupCommit(db: Kysely<Database>): Commit {
  let waiting: Queued[] = [];

  async function flush(batch: Queued[]): Promise<void> {
    let done: Done[];
    try {
      done = await db.transaction().execute(async (trx) => {
        const only = batch.length === 1 ? batch[0] : undefined;
        // A write alone needs no savepoint: its transaction is undone with it.
        if (only !== undefined) return [{ ok: true, value: await only.work(trx) } as const];
        const each: Done[] = [];
        let locked: unknown;
        for (const queued of batch) {
          // Another process holds the write lock: each write would wait out busy_timeout in turn,
          // the event loop stopped all along; the rest of the batch fails with the first instead.
          const done = locked === undefined ? await inSavepoint(trx, queued.work) : undefined;
          each.push(done ?? { ok: false, error: locked });
          if (done?.ok === false && isLockedOut(done.error)) locked = done.error;
        }
        return each;
      });
    } catch (error) {
      for (const queued of batch) queued.reject(error);
      return;
    }
    for (const [index, queued] of batch.entries()) {
      const result = done[index];
      if (result?.ok) queued.resolve(result.value);
      else queued.reject(result?.error);
    }
  }

  return <T>(work: (trx: Kysely<Database>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      if (waiting.length === 0) {
        setImmediate(() => {
          const batch = waiting;
          waiting = [];
          void flush(batch);
        });
      }
      waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
    });
}

/**
 * How the write pipeline's commits are made on this database. PostgreSQL already lets concurrent
 * commits share a WAL flush, and a shared transaction there would run its writes one after
 * another on one connection, each a round trip: every write keeps a transaction of its own.
 */
export function commitsFor(db: Kysely<Database>, dialect: DatabaseDialect): Commit {
  return dialect === "sqlite" ? groupCommit(db) : (work) => db.transaction().execute(work);
}
