import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { accountsOf, admin, goodPasswordHash } from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { ZoneNotFoundError } from "../zones/zone-errors.ts";
import { UserNotFoundError, UsernameTakenError } from "./user-errors.ts";

describe.each(testDialects())("users on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let accounts: ReturnType<typeof accountsOf>;
  let zoneIds: Record<string, string>;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    accounts = accountsOf(database.db, time);
    const zones = await accounts.zones.seed(["Lot 4", "Lot 5", "Visitor Parkade"], admin);
    zoneIds = Object.fromEntries(zones.map((zone) => [zone.name, zone.id]));
  });

  afterEach(async () => {
    await database.drop();
  });

  async function createAna(overrides: { username?: string } = {}) {
    return accounts.users.create(
      {
        username: overrides.username ?? "Ana.Silva",
        displayName: "Ana Silva",
        role: "validator",
        zoneIds: [zoneIds["Lot 5"] ?? "", zoneIds["Lot 4"] ?? ""],
        passwordHash: await goodPasswordHash(),
      },
      admin,
    );
  }

  it("creates the first account only while there is none, once of many set-ups at the same moment", async () => {
    const passwordHash = await goodPasswordHash();
    // On PostgreSQL as several instances would, each on a connection of its own; a SQLite file
    // serves one process.
    const instances = Array.from({ length: 6 }, () =>
      dialect === "postgres" ? accountsOf(database.connectAgain().db, time) : accounts,
    );
    const created = await Promise.all(
      instances.map((instance, n) =>
        instance.users.createFirst(
          { username: `first${n}`, displayName: "First", role: "admin", zoneIds: [], passwordHash },
          { userId: null, label: "first-run set-up" },
        ),
      ),
    );
    expect(created.filter((user) => user !== undefined)).toHaveLength(1);
    expect(await accounts.users.count()).toBe(1);
    const later = await accounts.users.createFirst(
      { username: "late", displayName: "Late", role: "admin", zoneIds: [], passwordHash },
      { userId: null, label: "first-run set-up" },
    );
    expect(later).toBeUndefined();
  });

  it("creates a user with their zones, and finds them by id and by username in any case", async () => {
    const ana = await createAna();
    expect(ana).toMatchObject({
      username: "Ana.Silva",
      displayName: "Ana Silva",
      role: "validator",
      disabled: false,
      createdAt: time.clock(),
    });
    expect(ana.zones.map((zone) => zone.name)).toEqual(["Lot 4", "Lot 5"]);
    expect(await accounts.users.get(ana.id)).toEqual(ana);
    expect(await accounts.users.getByUsername("  ANA.silva ")).toEqual(ana);
    expect(await accounts.users.count()).toBe(1);
  });

  it("refuses a username that differs from an existing one only in case", async () => {
    await createAna();
    await expect(createAna({ username: "ana.silva" })).rejects.toBeInstanceOf(UsernameTakenError);
    expect(await accounts.users.count()).toBe(1);
  });

  it("refuses a zone that does not exist and creates nothing", async () => {
    await expect(
      accounts.users.create(
        {
          username: "bo",
          displayName: "Bo",
          role: "manager",
          zoneIds: ["no-such-zone"],
          passwordHash: await goodPasswordHash(),
        },
        admin,
      ),
    ).rejects.toBeInstanceOf(ZoneNotFoundError);
    expect(await accounts.users.count()).toBe(0);
    expect(await accounts.audit.list({ action: "user.create" })).toEqual([]);
  });

  it("records the new user in the audit trail without the password hash", async () => {
    const ana = await createAna();
    const [event] = await accounts.audit.list({ action: "user.create" });
    expect(event).toMatchObject({
      actor: admin,
      subject: { type: "user", id: ana.id },
      changes: {
        username: { before: null, after: "Ana.Silva" },
        role: { before: null, after: "validator" },
        zones: { before: null, after: ["Lot 4", "Lot 5"] },
      },
    });
    const rows = await database.db.selectFrom("audit_events").selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain("$argon2id$");
  });

  it("updates name, role and zones, recording only what changed as before → after", async () => {
    const ana = await createAna();
    time.advance(1_000);
    const updated = await accounts.users.update(
      ana.id,
      { displayName: "Ana Silva", role: "manager", zoneIds: [zoneIds["Visitor Parkade"] ?? ""] },
      admin,
    );
    expect(updated.role).toBe("manager");
    expect(updated.zones.map((zone) => zone.name)).toEqual(["Visitor Parkade"]);
    const [event] = await accounts.audit.list({ action: "user.update" });
    expect(event?.changes).toEqual({
      role: { before: "validator", after: "manager" },
      zones: { before: ["Lot 4", "Lot 5"], after: ["Visitor Parkade"] },
    });
  });

  it("ends every session of a user who is disabled, in the same change", async () => {
    const ana = await createAna();
    const { token } = await accounts.sessions.create(ana.id);
    await accounts.sessions.create(ana.id);
    await accounts.users.update(ana.id, { disabled: true }, admin);
    expect(await accounts.sessions.resolve(token)).toBeUndefined();
    const left = await database.db.selectFrom("sessions").select("id").execute();
    expect(left).toEqual([]);
    const [event] = await accounts.audit.list({ action: "user.update" });
    expect(event).toMatchObject({
      changes: { disabled: { before: false, after: true } },
      detail: { sessionsEnded: 2 },
    });
  });

  it("sets a new password, ends the other sessions and records it without any hash", async () => {
    const ana = await createAna();
    const kept = await accounts.sessions.create(ana.id);
    const other = await accounts.sessions.create(ana.id);
    time.advance(5_000);
    await accounts.users.setPassword(ana.id, "$argon2id$v=19$m=19456,t=2,p=1$new$hash", admin, {
      keepSessionId: kept.session.id,
    });
    expect(await accounts.sessions.resolve(kept.token)).toBeDefined();
    expect(await accounts.sessions.resolve(other.token)).toBeUndefined();
    expect((await accounts.users.get(ana.id))?.passwordChangedAt).toEqual(time.clock());
    const [event] = await accounts.audit.list({ action: "user.password_change" });
    expect(event?.detail).toEqual({ sessionsEnded: 1 });
    expect(JSON.stringify(event)).not.toContain("argon2");
  });

  it("lists users by username", async () => {
    await createAna({ username: "zed" });
    await createAna({ username: "Bo" });
    expect((await accounts.users.list()).map((user) => user.username)).toEqual(["Bo", "zed"]);
  });

  it("says which user it could not find", async () => {
    await expect(accounts.users.update("nobody", { role: "admin" }, admin)).rejects.toBeInstanceOf(
      UserNotFoundError,
    );
  });
});
