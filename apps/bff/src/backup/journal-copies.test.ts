import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import SqliteDatabase from "better-sqlite3";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { holdSqliteJournal } from "../db/sqlite-serving-lock.ts";
import { issueUnderLoad, startIssuingStack } from "../testing/issue-load.ts";
import { closedPort } from "../testing/recording-server.ts";
import { runCliEntry } from "../testing/run-cli.ts";
import { postPermit, TEST_TOKEN, testApp, validDraft } from "../testing/test-app.ts";
import { backupJournal } from "./sqlite-copies.ts";

const cliEntry = fileURLToPath(new URL("../cli/journal-copies.ts", import.meta.url));

/** `npm run backup -- <file>` or `npm run restore -- <file>`, as an operator runs them. */
const runCli = (args: string[], env: Record<string, string>) => runCliEntry(cliEntry, args, env);

/** Reads a SQLite journal as it is on disk, apart from any server. */
function readJournal(path: string) {
  const db = new SqliteDatabase(path, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }),
      issued: new Set(
        db
          .prepare("select id from journal_entries where state = 'issued'")
          .pluck()
          .all() as string[],
      ),
      count: db.prepare("select count(*) from journal_entries").pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
beforeAll(async () => {
  simulator = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
});
afterAll(async () => {
  await simulator.close();
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "permit-desk-copies-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A Permit Desk database with `permits` issued through the app, and the environment naming it. */
async function journalWithPermits(permits: number) {
  const app = await testApp({ baseUrl: simulator.url });
  for (let permit = 0; permit < permits; permit++) await postPermit(app.app, validDraft);
  return { ...app, env: { DATABASE_URL: app.database.url, PORT: String(await closedPort()) } };
}

describe("npm run backup and npm run restore", () => {
  it("backups taken while 200 clients issue restore to databases holding every permit issued when each began, and pass integrity_check", async () => {
    const stack = await startIssuingStack();
    try {
      const load = issueUnderLoad(stack.url, { connections: 200, durationSeconds: 8 });
      const journal = stack.databaseUrl;
      await expect
        .poll(() => readJournal(journal).issued.size, { timeout: 20_000 })
        .toBeGreaterThan(200);
      // Right after reading what is issued, while the latest commits are still in the WAL.
      const taken: Array<{ backup: string; issuedWhenBegun: Set<string> }> = [];
      for (let round = 0; round < 3; round++) {
        const issuedWhenBegun = readJournal(journal).issued;
        const backup = join(dir, `during-load-${round}.sqlite`);
        await backupJournal(journal, backup);
        taken.push({ backup, issuedWhenBegun });
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      // And as an operator takes one, from a process of its own.
      const issuedWhenBegun = readJournal(journal).issued;
      const backup = join(dir, "during-load.sqlite");
      const backedUp = await runCli(["backup", backup], { DATABASE_URL: journal });
      const loadResult = await load;

      expect(backedUp.stderr).toBe("");
      expect(backedUp.code).toBe(0);
      expect(backedUp.stdout).toMatch(/^Backed up the database .* permit\(s\)/);
      // Each one file, complete on its own: nothing beside it.
      expect(readdirSync(dir).sort()).toEqual([
        "during-load-0.sqlite",
        "during-load-1.sqlite",
        "during-load-2.sqlite",
        "during-load.sqlite",
      ]);
      // Issuing went on while the backups were taken, and after them.
      expect(readJournal(journal).count).toBeGreaterThan(readJournal(backup).count);
      expect([...loadResult.statuses.keys()].filter((status) => status >= 500)).toEqual([]);
      for (const each of taken) {
        const copy = readJournal(each.backup);
        expect(copy.integrity).toBe("ok");
        expect([...each.issuedWhenBegun].filter((id) => !copy.issued.has(id))).toEqual([]);
      }

      // As on a new machine: not even the data folder exists yet.
      const restoredPath = join(dir, "restored", "journal.sqlite");
      const restore = await runCli(["restore", backup], {
        DATABASE_URL: restoredPath,
        PORT: String(await closedPort()),
      });
      expect(restore.stderr).toBe("");
      expect(restore.code).toBe(0);
      const restored = readJournal(restoredPath);
      expect(restored.integrity).toBe("ok");
      expect([...issuedWhenBegun].filter((id) => !restored.issued.has(id))).toEqual([]);
    } finally {
      await stack.stop();
    }
  }, 120_000);

  it("restore refuses a database newer than the backup unless --force, and keeps the one it replaces", async () => {
    const { app, env, database } = await journalWithPermits(2);
    const backup = join(dir, "two.sqlite");
    expect((await runCli(["backup", backup], env)).code).toBe(0);
    await postPermit(app, validDraft);
    await database.close();

    const refused = await runCli(["restore", backup], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is newer than the backup: its latest entry is from .* --force/);
    expect(readJournal(database.url).count).toBe(3);

    const forced = await runCli(["restore", backup, "--force"], env);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(readJournal(database.url).count).toBe(2);
    const kept = readdirSync(join(database.url, "..")).filter((name) =>
      name.includes(".replaced-"),
    );
    expect(kept).toHaveLength(1);
    expect(readJournal(join(database.url, "..", kept[0] ?? "")).count).toBe(3);
  });

  it("restore counts a database as newer for what was recorded after the backup besides permits: a zone added is not lost without --force", async () => {
    const { app, env, database } = await journalWithPermits(1);
    const backup = join(dir, "before-zone.sqlite");
    expect((await runCli(["backup", backup], env)).code).toBe(0);
    const created = await app.request("/api/zones", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Lot 9" }),
    });
    expect(created.status).toBe(201);
    await database.close();

    const refused = await runCli(["restore", backup], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is newer than the backup/);
    const db = new SqliteDatabase(database.url, { readonly: true });
    try {
      expect(db.prepare("select name from zones").pluck().all()).toContain("Lot 9");
    } finally {
      db.close();
    }
  });

  it("restore refuses while Permit Desk answers on PORT, another process holds the database, or a server holds a lease on it", async () => {
    const { env, database } = await journalWithPermits(1);
    const backup = join(dir, "one.sqlite");
    expect((await runCli(["backup", backup], env)).code).toBe(0);

    const server = createServer((_request, response) => {
      response.setHeader("Content-Type", "application/json");
      response.end(JSON.stringify({ status: "ok", demo: true }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const running = await runCli(["restore", backup], { ...env, PORT: String(port) });
      expect(running.code).toBe(1);
      expect(running.stderr).toContain(`Permit Desk answers on port ${port} (PORT): stop it`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    // A server on another port holds the file as it starts, before its lease is taken.
    const held = holdSqliteJournal(database.url);
    try {
      const holding = await runCli(["restore", backup, "--force"], env);
      expect(holding.code).toBe(1);
      expect(holding.stderr).toContain("Another process holds the database");
    } finally {
      held.release();
    }

    // A lock file that is not one (a folder, say) is named as such, and the database is left as it is.
    rmSync(`${database.url}.lock`);
    mkdirSync(`${database.url}.lock`);
    try {
      const unusable = await runCli(["restore", backup, "--force"], env);
      expect(unusable.code).toBe(1);
      expect(unusable.stderr).toContain(`its lock file ${database.url}.lock cannot be opened`);
      expect(unusable.stderr).not.toContain("    at ");
    } finally {
      rmSync(`${database.url}.lock`, { recursive: true });
    }

    const db = new SqliteDatabase(database.url);
    db.prepare(
      "insert into instance_leases (instance_id, label, started_at, renewed_at, expires_at) values (?, ?, ?, ?, ?)",
    ).run("other-server", "desk-host pid 4242", Date.now(), Date.now(), Date.now() + 60_000);
    db.close();
    const leased = await runCli(["restore", backup, "--force"], env);
    expect(leased.code).toBe(1);
    expect(leased.stderr).toContain("A server (desk-host pid 4242) holds the database");
  });

  it.each<
    [string, (env: Record<string, string>) => Promise<[string[], Record<string, string>]>, RegExp]
  >([
    [
      "a backup when PostgreSQL is configured, pointing to pg_dump",
      async () => [
        ["backup", join(dir, "x.sqlite")],
        { DATABASE_URL: "postgres://u:p@127.0.0.1:1/db" },
      ],
      /PostgreSQL database: back it up with pg_dump/,
    ],
    [
      "a backup of a database that does not exist",
      async () => [["backup", join(dir, "x.sqlite")], { DATABASE_URL: join(dir, "none.sqlite") }],
      /^The database .*none\.sqlite does not exist. Run this with the server.s own DATABASE_URL/,
    ],
    [
      "a backup over a file that exists",
      async (env) => {
        writeFileSync(join(dir, "taken.sqlite"), "");
        return [["backup", join(dir, "taken.sqlite")], env];
      },
      /taken\.sqlite already exists: name a new file/,
    ],
    [
      "a restore of a file that does not exist",
      async (env) => [["restore", join(dir, "missing.sqlite")], env],
      /The backup .*missing\.sqlite does not exist/,
    ],
    [
      "a restore of a file that is not a database",
      async (env) => {
        writeFileSync(join(dir, "notes.txt"), "not a database at all, only some words");
        return [["restore", join(dir, "notes.txt")], env];
      },
      /notes\.txt is not a SQLite database/,
    ],
    [
      "a restore of another program's SQLite database",
      async (env) => {
        const other = new SqliteDatabase(join(dir, "other.sqlite"));
        other.exec("create table photos (id integer primary key)");
        other.close();
        return [["restore", join(dir, "other.sqlite")], env];
      },
      /other\.sqlite is a SQLite database, but not Permit Desk's/,
    ],
  ])("refuses %s, saying why", async (_case, setUp, message) => {
    const { env, database } = await journalWithPermits(1);
    const [args, runEnv] = await setUp(env);
    const run = await runCli(args, runEnv);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readJournal(database.url).count).toBe(1);
  });

  it("restore refuses a damaged backup, and leaves the database as it was", async () => {
    const { env, database } = await journalWithPermits(3);
    const backup = join(dir, "damaged.sqlite");
    expect((await runCli(["backup", backup], env)).code).toBe(0);
    const bytes = readFileSync(backup);
    // Garbage over every page but the first, which names the tables.
    bytes.fill(0x5a, 4096, bytes.length - 1);
    writeFileSync(backup, bytes);

    const run = await runCli(["restore", backup, "--force"], env);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/damaged\.sqlite is damaged: /);
    expect(readJournal(database.url).count).toBe(3);
  });

  it.each([
    ["damaged", (bytes: Buffer) => bytes.fill(0x5a, 4096, bytes.length - 1), /is damaged: /],
    ["not a database", () => Buffer.from("lost to a bad disk"), /is not a SQLite database/],
  ])(
    "restore puts a backup in place of a database that is %s once given --force, keeping that one beside it",
    async (_case, spoil, reason) => {
      const { env, database } = await journalWithPermits(2);
      const backup = join(dir, "sound.sqlite");
      expect((await runCli(["backup", backup], env)).code).toBe(0);
      await database.close();
      const spoilt = spoil(readFileSync(database.url));
      writeFileSync(database.url, spoilt);

      const refused = await runCli(["restore", backup], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(reason);
      expect(refused.stderr).toMatch(/Add --force to restore over it/);
      expect(readFileSync(database.url).equals(spoilt)).toBe(true);

      const forced = await runCli(["restore", backup, "--force"], env);
      expect(forced.stderr).toBe("");
      expect(forced.code).toBe(0);
      expect(readJournal(database.url)).toMatchObject({ integrity: "ok", count: 2 });
      const kept = readdirSync(join(database.url, "..")).filter((name) =>
        name.includes(".replaced-"),
      );
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(database.url, "..", kept[0] ?? "")).equals(spoilt)).toBe(true);
    },
  );

  it("backup never replaces a file that took its name while the copy was being written", async () => {
    const { database } = await journalWithPermits(1);
    const target = join(dir, "same-name.sqlite");
    const copying = backupJournal(database.url, target);
    writeFileSync(target, "another backup's bytes");

    await expect(copying).rejects.toThrow(/same-name\.sqlite already exists/);
    expect(readFileSync(target, "utf8")).toBe("another backup's bytes");
    expect(readdirSync(dir)).toEqual(["same-name.sqlite"]);
  });

  it("answers a mistaken command line with its usage", async () => {
    const run = await runCli(["restore"], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: npm run backup -- <file>");
  });
});
