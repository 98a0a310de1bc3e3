import type { Kysely, Selectable } from "kysely";
import type { Clock } from "../clock.ts";
import type { Database, SessionsTable } from "../db/database.ts";
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

    async resolve(token, options = { activity: true }) {
      if (!isSessionToken(token)) return undefined;
      const row = await db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .selectAll("sessions")
        .select("users.disabled")
        .where("sessions.id", "=", sessionIdOf(token))
        .executeTakeFirst();
      if (row === undefined) return undefined;
      const { disabled, ...session } = row;
      const now = clock().getTime();
      if (disabled === 1 || !isLive(session, now)) {
        await deleteById(session.id);
        return undefined;
      }
      return sessionOf(options.activity ? await touch(session, now) : session);
    },

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
