import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openSqlite } from "./open-sqlite.ts";
import { holdSqliteJournal, JournalInUseError } from "./sqlite-serving-lock.ts";

const lockModule = fileURLToPath(new URL("./sqlite-serving-lock.ts", import.meta.url));

/**
 * Another process that holds `filename`'s journal until it is killed. It drops the handle and
 * collects garbage first: the lock must not depend on the caller keeping it.
 */
async function holderProcess(filename: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--expose-gc",
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      `const { holdSqliteJournal } = await import(${JSON.stringify(lockModule)});
       holdSqliteJournal(process.argv[1]);
       globalThis.gc();
       process.stdout.write("held\\n");
       setInterval(() => undefined, 60_000);`,
      filename,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("held")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the holder exited (${code})`)));
  });
  return child;
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
});
