import type { Kysely, Selectable } from "kysely";
import type { Clock } from "../clock.ts";
import { builtOnce } from "../db/built-once.ts";
import type { Database, SessionsTable } from "../db/database.ts";
import { type User, userOf } from "../users/user.ts";
import { type Zone, zoneOf } from "../zones/zone.ts";
import { isSessionToken, newSessionToken, sessionIdOf } from "./session-token.ts";

/** A front desk: a shift's break ends the session, a working day is the most any lasts. */
export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const DEFAULT_ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

export type Session = {
  /** The token's SHA-256, hex: safe to log and to show an admin. */
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | undefined;
  userAgent: string | undefined;
};

export type SessionContext = { ip?: string; userAgent?: string };

export type Sessions = {
  /** A new session, and the token to hand the browser: the only time it exists in clear. */
  create(userId: string, context?: SessionContext): Promise<{ token: string; session: Session }>;
  /**
   * The live session for this token, its last use recorded unless `activity` is false (a poll);
   * undefined when unknown, idle, expired or its user is disabled.
   */
  resolve(token: string, options?: { activity: boolean }): Promise<Session | undefined>;
  /** As `resolve`, with the session's user and their zones, read in the same query. */
  resolveWithUser(
    token: string,
    options?: { activity: boolean },
  ): Promise<{ session: Session; user: User } | undefined>;
  /** Sign-out. True when there was such a session. */
  revoke(token: string): Promise<boolean>;
  revokeById(id: string): Promise<boolean>;
  /** Ends every session of a user but `exceptId`; returns how many ended. */
  revokeAllOf(userId: string, options?: { exceptId?: string }): Promise<number>;
  /** A user's live sessions, newest first. */
  listOf(userId: string): Promise<Session[]>;
  /** Deletes sessions past either timeout; returns how many. */
  prune(): Promise<number>;
};

export type SessionsOptions = {
  clock: Clock;
  idleTimeoutMs?: number;
  absoluteTimeoutMs?: number;
};

function sessionOf(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    userId: row.user_id,
    createdAt: new Date(row.created_at),
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
    ip: row.ip ?? undefined,
    userAgent: row.user_agent ?? undefined,
  };
}

/** A zone of the member's, as `resolveWithUser` reads it beside their session: none on its one row when they have none. */
function joinedZone(row: {
  zone_id: string | null;
  zone_name: string | null;
  zone_name_key: string | null;
  zone_active: 0 | 1 | null;
  zone_created_at: number | null;
  zone_updated_at: number | null;
}): Zone[] {
  const { zone_id, zone_name, zone_name_key, zone_active, zone_created_at, zone_updated_at } = row;
  if (
    zone_id === null ||
    zone_name === null ||
    zone_name_key === null ||
    zone_active === null ||
    zone_created_at === null ||
    zone_updated_at === null
  )
    return [];
  return [
    zoneOf({
      id: zone_id,
      name: zone_name,
      name_key: zone_name_key,
      active: zone_active,
      created_at: zone_created_at,
      updated_at: zone_updated_at,
    }),
  ];
}

export function createSessions(db: Kysely<Database>, options: SessionsOptions): Sessions {
  const { clock } = options;
  const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const absoluteMs = options.absoluteTimeoutMs ?? DEFAULT_ABSOLUTE_TIMEOUT_MS;
  const isLive = (row: Selectable<SessionsTable>, now: number) =>
    row.expires_at > now && row.last_seen_at + idleMs > now;

  async function deleteById(id: string): Promise<boolean> {
    const result = await db.deleteFrom("sessions").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  async function touch(row: Selectable<SessionsTable>, now: number) {
    if (now - row.last_seen_at < TOUCH_INTERVAL_MS) return row;
    await db.updateTable("sessions").set({ last_seen_at: now }).where("id", "=", row.id).execute();
    return { ...row, last_seen_at: now };
  }

  /**
   * One query for every request a member makes (decision 023): the session, its user, and one
   * row per zone of theirs (one row with no zone when they have none). Built once (decision 032).
   */
  const sessionWithUser = async (sessionId: string) =>
    (
      await builtOnce(db, "session with user", { sessionId }, (values) =>
        db
          .selectFrom("sessions")
          .innerJoin("users", "users.id", "sessions.user_id")
          .leftJoin("user_zones", "user_zones.user_id", "users.id")
          .leftJoin("zones", "zones.id", "user_zones.zone_id")
          .select([
            "sessions.id",
            "sessions.user_id",
            "sessions.created_at",
            "sessions.last_seen_at",
            "sessions.expires_at",
            "sessions.ip",
            "sessions.user_agent",
            "users.username",
            "users.display_name",
            "users.role",
            "users.disabled",
            "users.created_at as user_created_at",
            "users.updated_at as user_updated_at",
            "users.password_changed_at",
            "zones.id as zone_id",
            "zones.name as zone_name",
            "zones.name_key as zone_name_key",
            "zones.active as zone_active",
            "zones.created_at as zone_created_at",
            "zones.updated_at as zone_updated_at",
          ])
          .where("sessions.id", "=", values.sessionId)
          .orderBy("zones.name"),
      )
    ).rows;

  /** The member a session token stands for, if it is live, with their zones. */
  async function resolveWithUser(token: string, options = { activity: true }) {
    if (!isSessionToken(token)) return undefined;
    const rows = await sessionWithUser(sessionIdOf(token));
    const [first] = rows;
    if (first === undefined) return undefined;
    const { id, user_id, created_at, last_seen_at, expires_at, ip, user_agent } = first;
    const row = { id, user_id, created_at, last_seen_at, expires_at, ip, user_agent };
    const now = clock().getTime();
    if (first.disabled === 1 || !isLive(row, now)) {
      await deleteById(row.id);
      return undefined;
    }
    const zones = rows.flatMap(joinedZone);
    const user = userOf(
      {
        id: user_id,
        username: first.username,
        display_name: first.display_name,
        role: first.role,
        disabled: first.disabled,
        created_at: first.user_created_at,
        updated_at: first.user_updated_at,
        password_changed_at: first.password_changed_at,
      },
      zones,
    );
    return { session: sessionOf(options.activity ? await touch(row, now) : row), user };
  }

  return {
    async create(userId, context = {}) {
      const token = newSessionToken();
      const now = clock().getTime();
      const row = {
        id: sessionIdOf(token),
        user_id: userId,
        created_at: now,
        last_seen_at: now,
        expires_at: now + absoluteMs,
        ip: context.ip ?? null,
        user_agent: context.userAgent?.slice(0, 500) ?? null,
      };
      await db.insertInto("sessions").values(row).execute();
      return { token, session: sessionOf(row) };
    },

    resolve: async (token, options) => (await resolveWithUser(token, options))?.session,

    resolveWithUser,

    revoke: (token) =>
      isSessionToken(token) ? deleteById(sessionIdOf(token)) : Promise.resolve(false),

    revokeById: deleteById,

    async revokeAllOf(userId, revokeOptions = {}) {
      let query = db.deleteFrom("sessions").where("user_id", "=", userId);
      if (revokeOptions.exceptId !== undefined)
        query = query.where("id", "<>", revokeOptions.exceptId);
      return Number((await query.executeTakeFirst()).numDeletedRows);
    },

    async listOf(userId) {
      const now = clock().getTime();
      const rows = await db
        .selectFrom("sessions")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.filter((row) => isLive(row, now)).map(sessionOf);
    },

    async prune() {
      const now = clock().getTime();
      const result = await db
        .deleteFrom("sessions")
        .where((eb) => eb.or([eb("expires_at", "<=", now), eb("last_seen_at", "<=", now - idleMs)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
