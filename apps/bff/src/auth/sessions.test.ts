import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { accountsOf, admin, goodPasswordHash } from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import type { User } from "../users/user.ts";
import { sessionIdOf } from "./session-token.ts";
import { createSessions, type Sessions, TOUCH_INTERVAL_MS } from "./sessions.ts";

const MINUTE = 60_000;

describe.each(testDialects())("sessions on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let sessions: Sessions;
  let ana: User;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    const accounts = accountsOf(database.db, time);
    sessions = createSessions(database.db, {
      clock: time.clock,
      idleTimeoutMs: 30 * MINUTE,
      absoluteTimeoutMs: 12 * 60 * MINUTE,
    });
    ana = await accounts.users.create(
      {
        username: "ana",
        displayName: "Ana",
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

  async function storedRows() {
    return database.db.selectFrom("sessions").selectAll().execute();
  }

  it("stores only the token's hash, never the token itself", async () => {
    const { token, session } = await sessions.create(ana.id, {
      ip: "10.0.0.7",
      userAgent: "Firefox",
    });
    const rows = await storedRows();
    expect(rows.map((row) => row.id)).toEqual([sessionIdOf(token)]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(session).toMatchObject({ userId: ana.id, ip: "10.0.0.7", userAgent: "Firefox" });
  });

  it("resolves its own token to the session, and nothing else", async () => {
    const { token, session } = await sessions.create(ana.id);
    expect(await sessions.resolve(token)).toEqual(session);
    const { token: other } = await sessions.create(ana.id);
    expect(other).not.toBe(token);
    expect(await sessions.resolve(sessionIdOf(token))).toBeUndefined();
    expect(await sessions.resolve("not a token")).toBeUndefined();
  });

  it("ends a session left idle past the idle timeout", async () => {
    const { token } = await sessions.create(ana.id);
    time.advance(29 * MINUTE);
    expect(await sessions.resolve(token)).toBeDefined();
    time.advance(29 * MINUTE);
    expect(await sessions.resolve(token)).toBeDefined();
    time.advance(30 * MINUTE);
    expect(await sessions.resolve(token)).toBeUndefined();
    expect(await storedRows()).toEqual([]);
  });

  it("ends a session at the absolute timeout however busy it is", async () => {
    const { token } = await sessions.create(ana.id);
    for (let elapsed = 0; elapsed < 12 * 60 - 10; elapsed += 10) {
      time.advance(10 * MINUTE);
      expect(await sessions.resolve(token)).toBeDefined();
    }
    time.advance(10 * MINUTE);
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  it("records its last use at most once a minute", async () => {
    const { token, session } = await sessions.create(ana.id);
    time.advance(TOUCH_INTERVAL_MS - 1);
    expect((await sessions.resolve(token))?.lastSeenAt).toEqual(session.createdAt);
    time.advance(1);
    expect((await sessions.resolve(token))?.lastSeenAt).toEqual(time.clock());
    expect((await storedRows())[0]?.last_seen_at).toBe(time.clock().getTime());
  });

  it("signs out one session and leaves the others", async () => {
    const first = await sessions.create(ana.id);
    const second = await sessions.create(ana.id);
    expect(await sessions.revoke(first.token)).toBe(true);
    expect(await sessions.revoke(first.token)).toBe(false);
    expect(await sessions.resolve(first.token)).toBeUndefined();
    expect(await sessions.resolve(second.token)).toBeDefined();
  });

  it("ends all of a user's sessions, or all but one", async () => {
    const first = await sessions.create(ana.id);
    const second = await sessions.create(ana.id);
    const third = await sessions.create(ana.id);
    expect(await sessions.revokeAllOf(ana.id, { exceptId: first.session.id })).toBe(2);
    expect((await sessions.listOf(ana.id)).map((session) => session.id)).toEqual([
      first.session.id,
    ]);
    expect(await sessions.resolve(second.token)).toBeUndefined();
    expect(await sessions.resolve(third.token)).toBeUndefined();
    expect(await sessions.revokeAllOf(ana.id)).toBe(1);
  });

  it("refuses the session of a user disabled behind its back", async () => {
    const { token } = await sessions.create(ana.id);
    await database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", ana.id).execute();
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  it("prunes idle and expired sessions, keeping live ones", async () => {
    await sessions.create(ana.id);
    time.advance(20 * MINUTE);
    const live = await sessions.create(ana.id);
    time.advance(15 * MINUTE);
    expect(await sessions.prune()).toBe(1);
    expect((await storedRows()).map((row) => row.id)).toEqual([live.session.id]);
  });
});
