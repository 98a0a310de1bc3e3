import * as setupEndpoints from "@permit-desk/schema/endpoints/setup";
import type { MiddlewareHandler } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { sendError, sendFieldRefusal } from "../http/api-error.ts";
import { clientAddressOf, proxyTrust, sessionContextOf } from "../http/client-address.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { setSessionCookie } from "../http/session-cookie.ts";
import { type StaffEnv, staffMemberOf } from "../http/staff.ts";

/** First run: while no account exists, anyone who reaches the app creates the first administrator. */
export function setupRoutes(deps: AppDeps) {
  const { users, zones, sessions, audit, config, passwords } = deps;
  const trust = proxyTrust(config.trustProxy);
  /** Refused before the body is read: once anyone has an account, set-up is over. */
  const onlyBeforeFirstAccount: MiddlewareHandler<StaffEnv> = async (c, next) => {
    if ((await users.count()) > 0) {
      return sendError(c, 409, "conflict", { code: "admin_exists" });
    }
    return next();
  };
  return routesOf(setupEndpoints, {
    getSetup: async (c) => c.json({ needsFirstAdmin: (await users.count()) === 0 }),
    createFirstAdmin: {
      before: [onlyBeforeFirstAccount],
      handle: async (c, { body: input }) => {
        const problem = passwordProblem(input.password, { username: input.username });
        if (problem !== undefined) return sendFieldRefusal(c, "password", problem);
        const passwordHash = await passwords.hash(input.password);
        // Created only while there is no account, in one transaction: two first-run screens
        // submitted at once, even to two instances, make one administrator.
        const user = await users.createFirst(
          { ...input, role: "admin", zoneIds: [], passwordHash },
          { userId: null, label: "first-run set-up" },
        );
        if (user === undefined) {
          return sendError(c, 409, "conflict", { code: "admin_exists" });
        }
        const ip = clientAddressOf(c, trust);
        const { token, session } = await sessions.create(user.id, sessionContextOf(c, ip));
        await audit.record({
          actor: { userId: user.id, label: user.username },
          action: "auth.sign_in",
          subject: { type: "user", id: user.id },
          detail: { sessionId: session.id, ip: ip ?? null, firstRun: true },
        });
        setSessionCookie(c, token, config.session.secureCookie);
        return c.json({ user: await staffMemberOf(user, zones) }, 201);
      },
    },
  });
}
