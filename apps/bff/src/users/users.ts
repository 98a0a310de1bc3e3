import { randomUUID } from "node:crypto";
import { normalizeUsername, type Role } from "@permit-desk/schema";
import type { Kysely, Selectable } from "kysely";
import type { Actor } from "../audit/audit-event.ts";
import { type AuditOptions, writeAuditEvent } from "../audit/audit-trail.ts";
import { changesBetween } from "../audit/changes.ts";
import type { Clock } from "../clock.ts";
import type { Database, UsersTable } from "../db/database.ts";
import { isSerializationFailure, isUniqueViolation } from "../db/unique-violation.ts";
import { type User, userFacts, userOf } from "./user.ts";
import { UserNotFoundError, UsernameTakenError } from "./user-errors.ts";
import { checkedDisplayName, checkedRole, checkedUsername } from "./user-input.ts";
import { assignZones, zonesByUser } from "./user-zones.ts";

export type NewUser = {
  username: string;
  displayName: string;
  role: Role;
  zoneIds: string[];
  /** From `hashPassword`, after the password policy accepted the password. */
  passwordHash: string;
};

export type UserChanges = {
  displayName?: string;
  role?: Role;
  zoneIds?: string[];
  disabled?: boolean;
};

export type Credentials = { user: User; passwordHash: string };

export type Users = {
  /** How many accounts exist: none means the first administrator is still to be made. */
  count(): Promise<number>;
  get(id: string): Promise<User | undefined>;
  getByUsername(username: string): Promise<User | undefined>;
  /** By username. */
  list(): Promise<User[]>;
  create(user: NewUser, actor: Actor): Promise<User>;
  /**
   * Creates the first account, only while there is none: undefined when another was created
   * first, even by another instance at the same moment.
   */
  createFirst(user: NewUser, actor: Actor): Promise<User | undefined>;
  /** Disabling a user ends all their sessions in the same transaction. */
  update(id: string, changes: UserChanges, actor: Actor): Promise<User>;
  /** Ends every session of the user but `keepSessionId` (the one changing its own password). */
  setPassword(
    id: string,
    passwordHash: string,
    actor: Actor,
    options?: { keepSessionId?: string },
  ): Promise<void>;
  /** For sign-in only: the one place the hash is read. */
  credentials(username: string): Promise<Credentials | undefined>;
  /** Stores a stronger hash of the same password, unless the password changed meanwhile. */
  upgradeHash(id: string, previousHash: string, passwordHash: string): Promise<void>;
};

export type UsersOptions = { clock: Clock; newId?: () => string };

export function createUsers(db: Kysely<Database>, options: UsersOptions): Users {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  const audit: AuditOptions = { clock, newId };

  async function withZones(rows: Selectable<UsersTable>[], from: Kysely<Database> = db) {
    const zones = await zonesByUser(
      from,
      rows.map((row) => row.id),
    );
    return rows.map((row) => userOf(row, zones.get(row.id) ?? []));
  }

  async function one(row: Selectable<UsersTable> | undefined, from: Kysely<Database> = db) {
    if (row === undefined) return undefined;
    const [user] = await withZones([row], from);
    return user;
  }

  const byKey = (from: Kysely<Database>, username: string) =>
    from
      .selectFrom("users")
      .selectAll()
      .where("username_key", "=", normalizeUsername(username))
      .executeTakeFirst();

  /** Touching the row first locks it on PostgreSQL, so the audit's "before" cannot be stale. */
  async function lockUser(trx: Kysely<Database>, id: string, now: number): Promise<User> {
    const row = await trx
      .updateTable("users")
      .set({ updated_at: now })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    const user = await one(row, trx);
    if (user === undefined) throw new UserNotFoundError(id);
    return user;
  }

  async function endSessions(trx: Kysely<Database>, userId: string, keep?: string) {
    let query = trx.deleteFrom("sessions").where("user_id", "=", userId);
    if (keep !== undefined) query = query.where("id", "<>", keep);
    return Number((await query.executeTakeFirst()).numDeletedRows);
  }

  async function insertUser(trx: Kysely<Database>, user: NewUser, actor: Actor) {
    const now = clock().getTime();
    const username = checkedUsername(user.username);
    const row = {
      id: newId(),
      username,
      username_key: normalizeUsername(username),
      display_name: checkedDisplayName(user.displayName),
      role: checkedRole(user.role),
      password_hash: user.passwordHash,
      disabled: 0 as const,
      created_at: now,
      updated_at: now,
      password_changed_at: now,
    };
    await trx.insertInto("users").values(row).execute();
    await assignZones(trx, row.id, user.zoneIds);
    const created = await one(row, trx);
    if (created === undefined) throw new UserNotFoundError(row.id);
    await writeAuditEvent(
      trx,
      {
        actor,
        action: "user.create",
        subject: { type: "user", id: created.id },
        changes: changesBetween(undefined, userFacts(created)),
      },
      audit,
    );
    return created;
  }

  async function updateUser(trx: Kysely<Database>, id: string, changes: UserChanges, actor: Actor) {
    const before = await lockUser(trx, id, clock().getTime());
    await trx
      .updateTable("users")
      .set({
        display_name:
          changes.displayName === undefined
            ? before.displayName
            : checkedDisplayName(changes.displayName),
        role: changes.role === undefined ? before.role : checkedRole(changes.role),
        disabled: (changes.disabled ?? before.disabled) ? 1 : 0,
      })
      .where("id", "=", id)
      .execute();
    if (changes.zoneIds !== undefined) await assignZones(trx, id, changes.zoneIds);
    const after = await one(
      await trx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst(),
      trx,
    );
    if (after === undefined) throw new UserNotFoundError(id);
    const sessionsEnded = after.disabled ? await endSessions(trx, id) : 0;
    const changed = changesBetween(userFacts(before), userFacts(after));
    if (Object.keys(changed).length > 0) {
      await writeAuditEvent(
        trx,
        {
          actor,
          action: "user.update",
          subject: { type: "user", id },
          changes: changed,
          ...(sessionsEnded > 0 ? { detail: { sessionsEnded } } : {}),
        },
        audit,
      );
    }
    return after;
  }

  return {
    async count() {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number | string>().as("count"))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    get: async (id) =>
      one(await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst()),

    getByUsername: async (username) => one(await byKey(db, username)),

    async list() {
      return withZones(await db.selectFrom("users").selectAll().orderBy("username_key").execute());
    },

    async create(user, actor) {
      try {
        return await db.transaction().execute((trx) => insertUser(trx, user, actor));
      } catch (error) {
        if (isUniqueViolation(error)) throw new UsernameTakenError(user.username.trim());
        throw error;
      }
    },

    async createFirst(user, actor) {
      try {
        // Serializable on PostgreSQL: of two first-run set-ups at once, one fails to commit.
        // SQLite runs one transaction at a time.
        return await db
          .transaction()
          .setIsolationLevel("serializable")
          .execute(async (trx) => {
            const existing = await trx.selectFrom("users").select("id").limit(1).executeTakeFirst();
            return existing === undefined ? insertUser(trx, user, actor) : undefined;
          });
      } catch (error) {
        if (isUniqueViolation(error) || isSerializationFailure(error)) return undefined;
        throw error;
      }
    },

    update: (id, changes, actor) =>
      db.transaction().execute((trx) => updateUser(trx, id, changes, actor)),

    async setPassword(id, passwordHash, actor, setOptions = {}) {
      await db.transaction().execute(async (trx) => {
        const now = clock().getTime();
        await lockUser(trx, id, now);
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash, password_changed_at: now })
          .where("id", "=", id)
          .execute();
        const sessionsEnded = await endSessions(trx, id, setOptions.keepSessionId);
        await writeAuditEvent(
          trx,
          {
            actor,
            action: "user.password_change",
            subject: { type: "user", id },
            detail: { sessionsEnded },
          },
          audit,
        );
      });
    },

    async credentials(username) {
      const row = await byKey(db, username);
      const user = await one(row);
      if (row === undefined || user === undefined) return undefined;
      return { user, passwordHash: row.password_hash };
    },

    async upgradeHash(id, previousHash, passwordHash) {
      await db
        .updateTable("users")
        .set({ password_hash: passwordHash })
        .where("id", "=", id)
        .where("password_hash", "=", previousHash)
        .execute();
    },
  };
}
