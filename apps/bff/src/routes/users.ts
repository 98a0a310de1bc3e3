import type { User as UserRecord } from "@permit-desk/schema";
import * as accountEndpoints from "@permit-desk/schema/endpoints/accounts";
import type { Context } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { sendError, sendFieldRefusal } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { actorOfUser, staffOf } from "../http/staff.ts";
import { problemOfRangeError } from "../invalid-value.ts";
import type { User } from "../users/user.ts";
import { UserNotFoundError, UsernameTakenError } from "../users/user-errors.ts";
import { UnknownZonesError } from "../zones/zone-errors.ts";
import { zoneIdsOf } from "../zones/zone-ids.ts";

function userRecordOf(user: User): UserRecord {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    zones: user.zones.map((zone) => zone.name),
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
  };
}

/** The repositories' refusals as answers; anything else is a bug and goes to the error handler. */
function accountErrorAnswer(c: Context, error: unknown): Response {
  if (error instanceof UserNotFoundError)
    return sendError(c, 404, "not_found", { code: "user_not_found" });
  if (error instanceof UsernameTakenError) return sendError(c, 409, "conflict", error.problem);
  if (error instanceof UnknownZonesError) return sendError(c, 422, "validation", error.problem);
  if (error instanceof RangeError)
    return sendError(c, 422, "validation", problemOfRangeError(error));
  throw error;
}

export function userRoutes(deps: AppDeps) {
  const { users, zones, sessions, audit } = deps;
  return routesOf(accountEndpoints, {
    listUsers: async (c) => c.json({ users: (await users.list()).map(userRecordOf) }),
    createUser: async (c, { body }) => {
      const { password, zones: zoneNames, ...fields } = body;
      const problem = passwordProblem(password, { username: fields.username });
      if (problem !== undefined) return sendFieldRefusal(c, "password", problem);
      try {
        const zoneIds = await zoneIdsOf(zones, zoneNames);
        const user = await users.create(
          { ...fields, zoneIds, passwordHash: await deps.passwords.hash(password) },
          actorOfUser(staffOf(c).user),
        );
        return c.json(userRecordOf(user), 201);
      } catch (error) {
        return accountErrorAnswer(c, error);
      }
    },
    changeUser: async (c, { params: { id }, body }) => {
      const me = staffOf(c).user;
      const { zones: zoneNames, ...fields } = body;
      if (id === me.id && (fields.disabled === true || (fields.role ?? "admin") !== "admin")) {
        return sendError(c, 409, "conflict", { code: "self_demotion" });
      }
      try {
        const zoneIds = zoneNames === undefined ? undefined : await zoneIdsOf(zones, zoneNames);
        const user = await users.update(
          id,
          {
            ...(fields.displayName !== undefined && { displayName: fields.displayName }),
            ...(fields.role !== undefined && { role: fields.role }),
            ...(fields.disabled !== undefined && { disabled: fields.disabled }),
            ...(zoneIds !== undefined && { zoneIds }),
          },
          actorOfUser(me),
        );
        return c.json(userRecordOf(user));
      } catch (error) {
        return accountErrorAnswer(c, error);
      }
    },
    resetUserPassword: async (c, { params: { id }, body: input }) => {
      const user = await users.get(id);
      if (user === undefined) return sendError(c, 404, "not_found", { code: "user_not_found" });
      const problem = passwordProblem(input.password, { username: user.username });
      if (problem !== undefined) return sendFieldRefusal(c, "password", problem);
      const me = staffOf(c);
      await users.setPassword(
        user.id,
        await deps.passwords.hash(input.password),
        actorOfUser(me.user),
        user.id === me.user.id ? { keepSessionId: me.session.id } : {},
      );
      return c.body(null, 204);
    },
    endUserSessions: async (c, { params: { id } }) => {
      const user = await users.get(id);
      if (user === undefined) return sendError(c, 404, "not_found", { code: "user_not_found" });
      const ended = await sessions.revokeAllOf(user.id);
      await audit.record({
        actor: actorOfUser(staffOf(c).user),
        action: "user.sessions_end",
        subject: { type: "user", id: user.id },
        detail: { sessionsEnded: ended },
      });
      return c.body(null, 204);
    },
  });
}
