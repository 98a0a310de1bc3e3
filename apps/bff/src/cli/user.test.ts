import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAuditTrail } from "../audit/audit-trail.ts";
import { verifyPassword } from "../auth/passwords.ts";
import { systemClock } from "../clock.ts";
import { openDatabase } from "../db/open-database.ts";
import { runCliEntry } from "../testing/run-cli.ts";
import { createUsers } from "../users/users.ts";

const cliEntry = fileURLToPath(new URL("./user.ts", import.meta.url));
const password = "lot four barrier at dawn";

/** Runs the CLI as `npm run user` would. */
const runCli = (args: string[], stdin: string, env: Record<string, string>) =>
  runCliEntry(cliEntry, args, env, stdin);

describe("npm run user -- add", () => {
  let dir: string;
  let env: Record<string, string>;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "permit-desk-cli-"));
    env = { DATABASE_URL: join(dir, "permit-desk.sqlite") };
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function storedUser(username: string) {
    const database = openDatabase(env.DATABASE_URL, { baseDir: dir });
    try {
      const users = createUsers(database.db, { clock: systemClock });
      const audit = createAuditTrail(database.db, { clock: systemClock });
      return {
        credentials: await users.credentials(username),
        events: await audit.list({ action: "user.create" }),
      };
    } finally {
      await database.close();
    }
  }

  it("creates the user with the password piped in, in a new database seeded with the zones", async () => {
    const run = await runCli(
      [
        "add",
        "Ana",
        "--role",
        "validator",
        "--zones",
        "Lot 4, Visitor Parkade",
        "--name",
        "Ana Silva",
      ],
      `${password}\n`,
      env,
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Added Ana (validator; Lot 4, Visitor Parkade)");
    const { credentials, events } = await storedUser("ana");
    expect(credentials?.user).toMatchObject({
      username: "Ana",
      displayName: "Ana Silva",
      role: "validator",
    });
    expect(credentials?.user.zones.map((zone) => zone.name)).toEqual(["Lot 4", "Visitor Parkade"]);
    expect(await verifyPassword(credentials?.passwordHash ?? "", password)).toBe(true);
    expect(events[0]?.actor).toEqual({ userId: null, label: "cli" });
  });

  it("refuses a zone the database does not know, naming it, and creates nobody", async () => {
    const run = await runCli(
      ["add", "ana", "--role", "manager", "--zones", "Lot 9"],
      password,
      env,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('This zone does not exist: "Lot 9"');
    expect((await storedUser("ana")).credentials).toBeUndefined();
  });

  it("refuses a common password with a message a clerk understands", async () => {
    const run = await runCli(["add", "ana", "--role", "admin"], "qwerty123456\n", env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("one of the most common ones");
  });

  it("refuses a second account with the same username in another case", async () => {
    expect((await runCli(["add", "ana", "--role", "admin"], password, env)).code).toBe(0);
    const again = await runCli(["add", "ANA", "--role", "admin"], password, env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('The username "ANA" is already taken.');
  });

  it("answers a missing role or an unknown command with the usage, exit code 2", async () => {
    const noRole = await runCli(["add", "ana"], password, env);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain("Give the user's role with --role.");
    expect(noRole.stderr).toContain("Usage: npm run user -- add <username>");
    expect((await runCli(["remove", "ana"], password, env)).code).toBe(2);
  });

  it("refuses an empty standard input", async () => {
    const run = await runCli(["add", "ana", "--role", "admin"], "", env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("No password came on standard input.");
  });
});
