import { hash } from "@node-rs/argon2";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { User } from "../accounts/user.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { accountsOf, admin, goodPassword, goodPasswordHash } from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { needsRehash, verifyPassword } from "./passwords.ts";
import { signIn } from "./sign-in.ts";
import { signOut } from "./sign-out.ts";

describe.each(testDialects())("signing in on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let accounts: ReturnType<typeof accountsOf>;
  let ana: User;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    accounts = accountsOf(database.db, time);
    ana = await accounts.users.create(
      {
        username: "Ana",
        displayName: "Ana Silva",
        role: "validator",
        zoneIds: [],
        passwordHash: await goodPasswordHash(),
      },
      admin,
    );
  });

  afterEach(async () => {
    await database.drop();
  });

  const attempt = (username: string, password: string) =>
    signIn(accounts, username, password, { ip: "10.0.0.7", userAgent: "Firefox" });

  it("opens a session for the right password, with the username in any case", async () => {
    const result = await attempt("ANA", goodPassword);
    if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
    expect(result.user.id).toBe(ana.id);
    expect((await accounts.sessions.resolve(result.sessionToken))?.userId).toBe(ana.id);
  });

  it("opens a new session, with a new token, at every sign-in", async () => {
    const first = await attempt("ana", goodPassword);
    const second = await attempt("ana", goodPassword);
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    expect(second.sessionToken).not.toBe(first.sessionToken);
    expect(await accounts.sessions.listOf(ana.id)).toHaveLength(2);
  });

  it("answers a wrong password and an unknown username identically", async () => {
    const wrongPassword = await attempt("ana", "not the password at all");
    const unknownUser = await attempt("nobody", goodPassword);
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknownUser).toEqual(wrongPassword);
  });

  it("refuses a disabled user with the same answer, even with the right password", async () => {
    await accounts.users.update(ana.id, { disabled: true }, admin);
    expect(await attempt("ana", goodPassword)).toEqual({ ok: false, reason: "invalid" });
    expect(await database.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
  });

  it("throttles an unknown username exactly as it throttles a real one", async () => {
    const answers: Record<string, unknown[]> = { ana: [], nobody: [] };
    for (const username of ["ana", "nobody"]) {
      for (let count = 0; count < 5; count++) {
        answers[username]?.push(await attempt(username, "not the password at all"));
      }
    }
    expect(answers.nobody).toEqual(answers.ana);
    expect(answers.ana?.at(-1)).toEqual({ ok: false, reason: "throttled", retryAfterMs: 1_000 });
  });

  it("refuses even the right password while throttled, and lets it in once the wait is over", async () => {
    for (let count = 0; count < 4; count++) await attempt("ana", "not the password at all");
    expect(await attempt("ana", goodPassword)).toMatchObject({ reason: "throttled" });
    time.advance(1_000);
    expect(await attempt("ana", goodPassword)).toMatchObject({ ok: true });
    expect(await accounts.throttle.check("ana", time.clock())).toEqual({ allowed: true });
  });

  it("records sign-ins and failures in the audit trail, with the reason only there", async () => {
    await attempt("ana", goodPassword);
    await attempt("ana", "not the password at all");
    await attempt("nobody", goodPassword);
    const failed = await accounts.audit.list({ action: "auth.sign_in_failed" });
    expect(failed.map((event) => [event.actor, event.detail?.reason])).toEqual(
      expect.arrayContaining([
        [{ userId: ana.id, label: "ana" }, "wrong_password"],
        [{ userId: null, label: "nobody" }, "unknown_username"],
      ]),
    );
    const [signedIn] = await accounts.audit.list({ action: "auth.sign_in" });
    expect(signedIn).toMatchObject({
      actor: { userId: ana.id, label: "Ana" },
      detail: { ip: "10.0.0.7" },
    });
    const rows = JSON.stringify(await database.db.selectFrom("audit_events").selectAll().execute());
    expect(rows).not.toContain(goodPassword);
    expect(rows).not.toContain("$argon2id$");
  });

  it("replaces a hash made with weaker parameters at the next sign-in", async () => {
    const weak = await hash(goodPassword, { memoryCost: 4096, timeCost: 1 });
    await database.db.updateTable("users").set({ password_hash: weak }).execute();
    expect(await attempt("ana", goodPassword)).toMatchObject({ ok: true });
    const credentials = await accounts.users.credentials("ana");
    expect(credentials?.passwordHash).not.toBe(weak);
    expect(needsRehash(credentials?.passwordHash ?? weak)).toBe(false);
    expect(await verifyPassword(credentials?.passwordHash ?? "", goodPassword)).toBe(true);
  });

  it("refuses an over-long password without hashing it", async () => {
    expect(await attempt("ana", `${goodPassword}${"x".repeat(300)}`)).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("signs out: the session ends and the sign-out is recorded", async () => {
    const result = await attempt("ana", goodPassword);
    if (!result.ok) throw new Error("sign-in failed");
    expect(await signOut(accounts, result.user, result.sessionToken)).toBe(true);
    expect(await accounts.sessions.resolve(result.sessionToken)).toBeUndefined();
    const events = await accounts.audit.list({ action: "auth.sign_out", actorId: ana.id });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(result.sessionToken);
  });
});
