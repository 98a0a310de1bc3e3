import { passwordChangeSchema, signInSchema } from "@permit-desk/schema";
import { Hono } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import type { SessionContext } from "../auth/sessions.ts";
import { signIn } from "../auth/sign-in.ts";
import { signOut } from "../auth/sign-out.ts";
import { clientAddressOf } from "../http/actor.ts";
import { sendError } from "../http/api-error.ts";
import { jsonBody } from "../http/json-body.ts";
import { clearSessionCookie, setSessionCookie } from "../http/session-cookie.ts";
import { actorOfUser, type StaffEnv, staffMemberOf, staffOf } from "../http/staff.ts";

const WRONG_CREDENTIALS = "Wrong username or password.";

function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}

export function sessionRoutes(deps: AppDeps) {
  const { users, zones, sessions, signInThrottle, audit, clock, config } = deps;
  const secure = config.session.secureCookie;
  return new Hono<StaffEnv>()
    .post("/", async (c) => {
      const input = await jsonBody(c, signInSchema);
      if (!input.ok) return input.response;
      const ip = clientAddressOf(c);
      const userAgent = c.req.header("user-agent");
      const context: SessionContext = {
        ...(ip !== undefined && { ip }),
        ...(userAgent !== undefined && { userAgent }),
      };
      const result = await signIn(
        { users, sessions, throttle: signInThrottle, audit, clock },
        input.data.username,
        input.data.password,
        context,
      );
      if (!result.ok && result.reason === "throttled") {
        c.header("Retry-After", retryAfterSeconds(result.retryAfterMs));
        return sendError(
          c,
          429,
          "throttled",
          "Too many failed sign-ins for this username. Wait a moment and try again.",
        );
      }
      if (!result.ok) return sendError(c, 401, "unauthenticated", WRONG_CREDENTIALS);
      setSessionCookie(c, result.sessionToken, secure);
      return c.json({ user: await staffMemberOf(result.user, zones) });
    })
    .get("/", async (c) => c.json({ user: await staffMemberOf(staffOf(c).user, zones) }))
    .delete("/", async (c) => {
      const { user, token } = staffOf(c);
      await signOut({ sessions, audit }, user, token);
      clearSessionCookie(c, secure);
      return c.body(null, 204);
    })
    .put("/password", async (c) => {
      const { user, session } = staffOf(c);
      const input = await jsonBody(c, passwordChangeSchema);
      if (!input.ok) return input.response;
      const check = await signInThrottle.check(user.username, clock());
      if (!check.allowed) {
        c.header("Retry-After", retryAfterSeconds(check.retryAfterMs));
        return sendError(
          c,
          429,
          "throttled",
          "Too many wrong passwords. Wait a moment and try again.",
        );
      }
      const credentials = await users.credentials(user.username);
      const matches =
        credentials !== undefined &&
        (await verifyPassword(credentials.passwordHash, input.data.currentPassword));
      if (!matches) {
        await signInThrottle.recordFailure(user.username, clock());
        return sendError(c, 422, "validation", "Your current password is not right.");
      }
      const problem = passwordProblem(input.data.newPassword, { username: user.username });
      if (problem !== undefined) return sendError(c, 422, "validation", problem);
      await users.setPassword(
        user.id,
        await hashPassword(input.data.newPassword),
        actorOfUser(user),
        {
          keepSessionId: session.id,
        },
      );
      return c.body(null, 204);
    });
}
