import * as sessionEndpoints from "@permit-desk/schema/endpoints/session";
import type { Context } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { signIn, UNKNOWN_ADDRESS } from "../auth/sign-in.ts";
import { signOut } from "../auth/sign-out.ts";
import { sendError, sendFieldRefusal } from "../http/api-error.ts";
import { clientAddressOf, proxyTrust, sessionContextOf } from "../http/client-address.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { passwordsBusy } from "../http/password-busy.ts";
import { retryAfterSeconds } from "../http/retry-after.ts";
import { clearSessionCookie, setSessionCookie } from "../http/session-cookie.ts";
import { actorOfUser, liveStaffOf, staffMemberOf, staffOf } from "../http/staff.ts";

/** 429 for an attempt refused unchecked, saying whether the username or the address waits. */
function throttledAnswer(
  c: Context,
  refusal: { scope: "username" | "address"; retryAfterMs: number },
  usernameProblem: "username_throttled" | "password_attempts_throttled",
) {
  c.header("Retry-After", retryAfterSeconds(refusal.retryAfterMs));
  return refusal.scope === "address"
    ? sendError(c, 429, "address_throttled", { code: "address_throttled" })
    : sendError(c, 429, "throttled", { code: usernameProblem });
}

export function sessionRoutes(deps: AppDeps) {
  const { users, zones, sessions, signInThrottle, audit, clock, config, passwords, logger } = deps;
  const secure = config.session.secureCookie;
  const trust = proxyTrust(config.trustProxy);
  let warnedOfProxy = false;
  const addressOf = (c: Context) => {
    if (!trust.any && !warnedOfProxy && c.req.header("x-forwarded-for") !== undefined) {
      warnedOfProxy = true;
      logger.warn(
        { event: "http.untrusted_forwarded_for" },
        "sign-ins arrive with X-Forwarded-For but TRUST_PROXY is unset: every client behind the proxy counts as the proxy's address",
      );
    }
    return clientAddressOf(c, trust);
  };
  return routesOf(sessionEndpoints, {
    signIn: async (c, { body: input }) => {
      const context = sessionContextOf(c, addressOf(c));
      const result = await signIn(
        { users, sessions, throttle: signInThrottle, audit, passwords, clock },
        input.username,
        input.password,
        context,
      );
      if (!result.ok) deps.metrics.signInRefused(result);
      if (!result.ok && result.reason === "throttled") {
        return throttledAnswer(c, result, "username_throttled");
      }
      if (!result.ok && result.reason === "busy") {
        return passwordsBusy(c, result.retryAfterMs);
      }
      if (!result.ok) return sendError(c, 401, "unauthenticated", { code: "credentials_wrong" });
      setSessionCookie(c, result.sessionToken, secure);
      return c.json({ user: await staffMemberOf(result.user, zones) });
    },
    getSession: async (c) => {
      const staff = await liveStaffOf(c, { sessions, secureCookie: secure });
      return c.json({ user: staff === undefined ? null : await staffMemberOf(staff.user, zones) });
    },
    signOut: async (c) => {
      const { user, token } = staffOf(c);
      await signOut({ sessions, audit }, user, token);
      clearSessionCookie(c, secure);
      return c.body(null, 204);
    },
    changePassword: async (c, { body: input }) => {
      const { user, session } = staffOf(c);
      const decision = await signInThrottle.begin(
        user.username,
        addressOf(c) ?? UNKNOWN_ADDRESS,
        clock(),
      );
      if (!decision.allowed) {
        return throttledAnswer(c, decision, "password_attempts_throttled");
      }
      let matches: boolean;
      try {
        const credentials = await users.credentials(user.username);
        matches =
          credentials !== undefined &&
          (await passwords.verify(credentials.passwordHash, input.currentPassword));
      } catch (error) {
        await signInThrottle.cancel(decision.attempt);
        throw error;
      }
      if (!matches) {
        return sendFieldRefusal(c, "currentPassword", { code: "current_password_wrong" });
      }
      await signInThrottle.succeeded(decision.attempt);
      const problem = passwordProblem(input.newPassword, { username: user.username });
      if (problem !== undefined) return sendFieldRefusal(c, "newPassword", problem);
      await users.setPassword(user.id, await passwords.hash(input.newPassword), actorOfUser(user), {
        keepSessionId: session.id,
      });
      return c.body(null, 204);
    },
  });
}
