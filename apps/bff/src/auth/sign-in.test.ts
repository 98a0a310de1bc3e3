import { hash } from "@node-rs/argon2";
import { USERNAME_MAX_LENGTH } from "@permit-desk/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LISTED_USERNAMES } from "../audit/sign-in-failures.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import {
  accountsOf,
  admin,
  countingPasswordHashing,
  goodPassword,
  goodPasswordHash,
} from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import type { User } from "../users/user.ts";
import { needsRehash, verifyPassword } from "./passwords.ts";
import { type SignInResult, signIn, signInKeyOf } from "./sign-in.ts";
import { ADDRESS_FAILURE_BURST } from "./sign-in-throttle.ts";
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
    expect(answers.ana?.at(-1)).toEqual({
      ok: false,
      reason: "throttled",
      scope: "username",
      retryAfterMs: 1_000,
    });
  });

  it("refuses even the right password while throttled, and lets it in once the wait is over", async () => {
    for (let count = 0; count < 4; count++) await attempt("ana", "not the password at all");
    expect(await attempt("ana", goodPassword)).toMatchObject({ reason: "throttled" });
    time.advance(1_000);
    expect(await attempt("ana", goodPassword)).toMatchObject({ ok: true });
    expect(await accounts.throttle.begin("ana", "10.0.0.7", time.clock())).toMatchObject({
      allowed: true,
    });
  });

  it("records a sign-in as its own event and failures as one event per address and hour, without passwords", async () => {
    await attempt("ana", goodPassword);
    await attempt("ana", "not the password at all");
    await attempt("nobody", goodPassword);
    await signIn(accounts, "ana", "not it either", { ip: "10.0.0.8" });
    const failed = await accounts.audit.list({ action: "auth.sign_in_failed" });
    expect(failed.map((event) => [event.actor.label, event.detail])).toEqual(
      expect.arrayContaining([
        [
          "10.0.0.7",
          expect.objectContaining({ ip: "10.0.0.7", failures: 2, usernames: ["ana", "nobody"] }),
        ],
        ["10.0.0.8", expect.objectContaining({ failures: 1, usernames: ["ana"] })],
      ]),
    );
    expect(failed).toHaveLength(2);
    const [signedIn] = await accounts.audit.list({ action: "auth.sign_in" });
    expect(signedIn).toMatchObject({
      actor: { userId: ana.id, label: "Ana" },
      detail: { ip: "10.0.0.7" },
    });
    const rows = JSON.stringify(await database.db.selectFrom("audit_events").selectAll().execute());
    expect(rows).not.toContain(goodPassword);
    expect(rows).not.toContain("$argon2id$");
  });

  it("starts a new failure event for an address each hour", async () => {
    await attempt("ana", "not the password at all");
    time.advance(60 * 60 * 1000);
    await attempt("ana", "not the password at all");
    expect(await accounts.audit.list({ action: "auth.sign_in_failed" })).toHaveLength(2);
  });

  it("checks no more passwords for 200 simultaneous wrong ones than for 200 one after another", async () => {
    const serial = countingPasswordHashing({ concurrency: 2, queueLimit: 1_000 });
    for (let count = 0; count < 200; count++) {
      await signIn({ ...accounts, passwords: serial.passwords }, "ana", "wrong guess number one", {
        ip: "10.0.0.1",
      });
    }
    const parallel = countingPasswordHashing({ concurrency: 2, queueLimit: 1_000 });
    const answers = await Promise.all(
      Array.from({ length: 200 }, () =>
        signIn({ ...accounts, passwords: parallel.passwords }, "ana", "wrong guess number two", {
          ip: "10.0.0.2",
        }),
      ),
    );
    expect(serial.verifications()).toBe(4);
    expect(parallel.verifications()).toBeLessThanOrEqual(serial.verifications());
    expect(
      answers.filter((answer) => answer.ok === false && answer.reason === "throttled"),
    ).toHaveLength(200 - parallel.verifications());
  });

  it("lets the user in from address B while someone fails from address A every time the wait lapses, for two minutes", async () => {
    const stranger = (password: string) =>
      signIn(accounts, "ana", password, { ip: "198.51.100.66" });
    const started = time.clock().getTime();
    const strangerAnswers: SignInResult[] = [];
    while (time.clock().getTime() - started < 120_000) {
      const answer = await stranger("a guess that is wrong");
      strangerAnswers.push(answer);
      const owner = await signIn(accounts, "ana", goodPassword, { ip: "203.0.113.20" });
      expect(owner.ok).toBe(true);
      time.advance(answer.ok === false && answer.reason === "throttled" ? answer.retryAfterMs : 1);
    }
    expect(strangerAnswers.length).toBeGreaterThan(5);
    expect(strangerAnswers.some((answer) => !answer.ok && answer.reason === "throttled")).toBe(
      true,
    );
  });

  it("throttles 600 usernames from one address after the ceiling, and the trail grows by one event", async () => {
    const counting = countingPasswordHashing();
    const before = (await database.db.selectFrom("audit_events").select("id").execute()).length;
    const answers: SignInResult[] = [];
    for (let count = 0; count < 600; count++) {
      answers.push(
        await signIn(
          { ...accounts, passwords: counting.passwords },
          `guess${count}`,
          "password guess",
          {
            ip: "192.0.2.44",
          },
        ),
      );
    }
    expect(counting.verifications()).toBe(ADDRESS_FAILURE_BURST);
    expect(answers.slice(ADDRESS_FAILURE_BURST)).toEqual(
      Array.from({ length: 600 - ADDRESS_FAILURE_BURST }, () =>
        expect.objectContaining({ reason: "throttled", scope: "address" }),
      ),
    );
    const after = await database.db.selectFrom("audit_events").select("id").execute();
    expect(after.length - before).toBe(1);
    const [event] = await accounts.audit.list({ action: "auth.sign_in_failed" });
    expect(event?.detail).toMatchObject({
      ip: "192.0.2.44",
      failures: ADDRESS_FAILURE_BURST,
      addressLimitReached: true,
    });
    expect(event?.detail?.usernames).toHaveLength(LISTED_USERNAMES);
  });

  it("answers busy, checks nothing and counts nothing when password work is full", async () => {
    const full = countingPasswordHashing({ concurrency: 1, queueLimit: 0 });
    const addresses = Array.from({ length: 10 }, (_, index) => `10.0.1.${index}`);
    const answers = await Promise.all(
      addresses.map((ip) =>
        signIn({ ...accounts, passwords: full.passwords }, "ana", "a guess that is wrong", { ip }),
      ),
    );
    const busy = addresses.filter(
      (_, index) => answers[index]?.ok === false && answers[index].reason === "busy",
    );
    expect(busy.length).toBeGreaterThan(0);
    expect(full.verifications()).toBe(addresses.length - busy.length);
    const ip = busy[0] ?? "";
    for (let count = 0; count < 4; count++) {
      expect(await signIn(accounts, "ana", "a guess that is wrong", { ip })).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await signIn(accounts, "ana", goodPassword, { ip })).toMatchObject({
      reason: "throttled",
    });
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

describe("signInKeyOf", () => {
  it("cuts a long username between characters, never inside a surrogate pair", () => {
    const key = signInKeyOf(`${"a".repeat(USERNAME_MAX_LENGTH * 2 - 1)}😀😀`);
    expect(Array.from(key)).toHaveLength(USERNAME_MAX_LENGTH * 2);
    expect(key.endsWith("😀")).toBe(true);
    expect(key).not.toMatch(/\p{Cs}/u); // no lone surrogate
  });
});
