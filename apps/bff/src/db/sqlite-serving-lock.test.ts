import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import SqliteDatabase from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "./open-sqlite.ts";
import {
  holdSqliteJournal,
  JournalInUseError,
  ServingLockFileError,
  servingLockFileOf,
} from "./sqlite-serving-lock.ts";

const lockModule = fileURLToPath(new URL("./sqlite-serving-lock.ts", import.meta.url));

/**
 * Node in a process of its own, running `script` with `holdSqliteJournal` in scope and `args` as
 * `process.argv[1…]`: what it writes is `said()`, all of it once `ended`.
 */
function lockProcess(script: string, args: string[], nodeFlags: string[] = []) {
  const child = spawn(
    process.execPath,
    [
      ...nodeFlags,
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `const { holdSqliteJournal } = await import(${JSON.stringify(lockModule)});\n${script}`,
      ...args,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let said = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    said += chunk.toString();
  });
  const ended = new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", () => resolve(said));
  });
  return { child, ended, said: () => said };
}

/**
 * Another process that holds `filename`'s journal until it is killed. It drops the handle and
 * collects garbage first: the lock must not depend on the caller keeping it.
 */
async function holderProcess(filename: string): Promise<ChildProcess> {
  const holder = lockProcess(
    `holdSqliteJournal(process.argv[1]);
     globalThis.gc();
     process.stdout.write("held\\n");
     setInterval(() => undefined, 60_000);`,
    [filename],
    ["--expose-gc"],
  );
  await new Promise<void>((resolve, reject) => {
    holder.child.stdout?.on("data", () => {
      if (holder.said().includes("held")) resolve();
    });
    holder.child.once("exit", (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return holder.child;
}

/**
 * `count` processes that each try to hold `filename`'s journal at the same instant, and say
 * whether they got it.
 */
async function simultaneousStarters(filename: string, count: number): Promise<string[]> {
  const at = Date.now() + 1_500;
  const starters = Array.from(
    { length: count },
    () =>
      lockProcess(
        `const at = Number(process.argv[1]);
         while (Date.now() < at) {}
         let outcome = "held";
         try { holdSqliteJournal(process.argv[2]); } catch (error) { outcome = error.name; }
         process.stdout.write(outcome);
         // Held a moment longer than the others take to try.
         setTimeout(() => process.exit(0), 500);`,
        [String(at), filename],
      ).ended,
  );
  return (await Promise.all(starters)).sort();
}

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });

describe("holding a SQLite journal for one process", () => {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-lock-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is refused while another process holds it, and granted at once when that process is killed", async () => {
    const filename = join(dir, "killed.sqlite");
    const holder = await holderProcess(filename);
    expect(() => holdSqliteJournal(filename)).toThrow(JournalInUseError);
    // SIGKILL runs no handler: the operating system drops the lock, nothing stale is left.
    await killed(holder);
    const lock = holdSqliteJournal(filename);
    lock.release();
  }, 30_000);

  it("is refused to a second holder in the same process until the first releases it", () => {
    const filename = join(dir, "released.sqlite");
    const first = holdSqliteJournal(filename);
    expect(() => holdSqliteJournal(filename)).toThrow(`another process holds ${filename}`);
    first.release();
    holdSqliteJournal(filename).release();
  });

  it("leaves the journal itself open to other connections: its tools still read and write it", async () => {
    const filename = join(dir, "tools.sqlite");
    const lock = holdSqliteJournal(filename);
    const db = openSqlite(filename, { busyTimeoutMs: 0 });
    try {
      await db.schema.createTable("notes").addColumn("text", "text").execute();
      await db
        .insertInto("notes" as never)
        .values({ text: "kept" } as never)
        .execute();
      expect(
        await db
          .selectFrom("notes" as never)
          .selectAll()
          .execute(),
      ).toEqual([{ text: "kept" }]);
    } finally {
      await db.destroy();
      lock.release();
    }
  });

  it("holds one journal, not its neighbours, and leaves one empty file beside it", () => {
    const own = mkdtempSync(join(dir, "beside-"));
    const lock = holdSqliteJournal(join(own, "one.sqlite"));
    holdSqliteJournal(join(own, "other.sqlite")).release();
    expect(readdirSync(own).sort()).toEqual(["one.sqlite.lock", "other.sqlite.lock"]);
    expect(statSync(join(own, "one.sqlite.lock")).size).toBe(0);
    lock.release();
  });

  it("is granted to a holder while another is only trying for it: two trying at once do not both lose", () => {
    const filename = join(dir, "trying.sqlite");
    // The moment a second starter reads the lock file, on its way to trying for the lock.
    const trying = new SqliteDatabase(servingLockFileOf(filename), { timeout: 0 });
    trying.exec("BEGIN");
    trying.prepare("SELECT count(*) FROM sqlite_master").get();
    try {
      const lock = holdSqliteJournal(filename);
      lock.release();
    } finally {
      trying.close();
    }
  });

  it("is held by exactly one of several processes that try for it at the same instant", async () => {
    for (let round = 0; round < 4; round++) {
      const outcomes = await simultaneousStarters(join(dir, `race-${round}.sqlite`), 2);
      expect(outcomes).toEqual(["JournalInUseError", "held"]);
    }
  }, 60_000);

  it("holds the journal however it is named: a symbolic link to it names the same journal, as SQLite reads it", () => {
    const own = mkdtempSync(join(dir, "linked-"));
    const journal = join(own, "real.sqlite");
    writeFileSync(journal, "");
    symlinkSync(journal, join(own, "link.sqlite"));
    // A link to a journal not made yet: SQLite makes the file it points to.
    symlinkSync("later.sqlite", join(own, "to-later.sqlite"));
    // A link to the folder the journal is in, and a name with a detour in it.
    mkdirSync(join(own, "data"));
    symlinkSync(join(own, "data"), join(own, "data-link"));
    const pairs = [
      [journal, join(own, "link.sqlite")],
      [join(own, "link.sqlite"), journal],
      [join(own, "to-later.sqlite"), join(own, "later.sqlite")],
      [join(own, "later.sqlite"), join(own, "to-later.sqlite")],
      [join(own, "data", "x.sqlite"), join(own, "data-link", "x.sqlite")],
      [join(own, "data", "x.sqlite"), join(own, "data", "..", "data", "x.sqlite")],
    ];
    for (const [held, other] of pairs as Array<[string, string]>) {
      const lock = holdSqliteJournal(held);
      try {
        expect(() => holdSqliteJournal(other), `${held} then ${other}`).toThrow(JournalInUseError);
      } finally {
        lock.release();
      }
    }
    // The lock's file is beside the journal itself, not beside a link to it.
    expect(
      readdirSync(own)
        .filter((name) => name.endsWith(".lock"))
        .sort(),
    ).toEqual(["later.sqlite.lock", "real.sqlite.lock"]);
  });

  it("is refused, its lock file named, when that file is not an empty one: the journal is not blamed", () => {
    const own = mkdtempSync(join(dir, "odd-"));
    writeFileSync(join(own, "garbage.sqlite.lock"), "not a lock, not a database");
    mkdirSync(join(own, "folder.sqlite.lock"));
    for (const name of ["garbage.sqlite", "folder.sqlite"]) {
      const attempt = () => holdSqliteJournal(join(own, name));
      expect(attempt).toThrow(ServingLockFileError);
      expect(attempt).toThrow(`${join(own, name)}.lock`);
    }
  });

  it("is refused, its lock file named, when this process may not write that file: it is not held by no one", async () => {
    // A folder anyone may use, and a lock file only its owner may write: as root, the attempt is
    // made as nobody, for whom the file is read-only as for any other user.
    const own = mkdtempSync(join(tmpdir(), "permit-desk-lock-readonly-"));
    try {
      chmodSync(own, 0o777);
      const journal = join(own, "readonly.sqlite");
      writeFileSync(servingLockFileOf(journal), "");
      chmodSync(servingLockFileOf(journal), 0o444);
      const outcome = await lockProcess(
        `if (process.getuid() === 0) { process.setgid(65534); process.setuid(65534); }
         try { holdSqliteJournal(process.argv[1]); process.stdout.write("held"); }
         catch (error) { process.stdout.write(error.name + ": " + error.message); }`,
        [journal],
      ).ended;
      expect(outcome).toContain("ServingLockFileError");
      expect(outcome).toContain(servingLockFileOf(journal));
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  }, 30_000);
});
