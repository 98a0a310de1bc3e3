import { firstAdminSchema } from "@permit-desk/schema";
import { Hono } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { sendError } from "../http/api-error.ts";
import { clientAddressOf, proxyTrust, sessionContextOf } from "../http/client-address.ts";
import { jsonBody } from "../http/json-body.ts";
import { setSessionCookie } from "../http/session-cookie.ts";
import { staffMemberOf } from "../http/staff.ts";

/** First run: while no account exists, anyone who reaches the app creates the first administrator. */
export function setupRoutes(deps: AppDeps) {
  const { users, zones, sessions, audit, config, passwords } = deps;
  const trust = proxyTrust(config.trustProxy);
  return new Hono()
    .get("/", async (c) => c.json({ needsFirstAdmin: (await users.count()) === 0 }))
    .post("/", async (c) => {
      if ((await users.count()) > 0) {
        return sendError(c, 409, "conflict", { code: "admin_exists" });
      }
      const input = await jsonBody(c, firstAdminSchema);
      if (!input.ok) return input.response;
      const problem = passwordProblem(input.data.password, { username: input.data.username });
      if (problem !== undefined) return sendError(c, 422, "validation", problem);
      const passwordHash = await passwords.hash(input.data.password);
      // Created only while there is no account, in one transaction: two first-run screens
      // submitted at once, even to two instances, make one administrator.
      const user = await users.createFirst(
        { ...input.data, role: "admin", zoneIds: [], passwordHash },
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
    });
}
