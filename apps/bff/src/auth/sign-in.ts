import {
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  passwordLength,
  USERNAME_MAX_LENGTH,
} from "@permit-desk/schema";
import type { User } from "../accounts/user.ts";
import type { Users } from "../accounts/users.ts";
import type { AuditTrail } from "../audit/audit-trail.ts";
import type { Clock } from "../clock.ts";
import { hashPassword, needsRehash, verifyDummy, verifyPassword } from "./passwords.ts";
import type { SessionContext, Sessions } from "./sessions.ts";
import type { SignInThrottle } from "./sign-in-throttle.ts";

export type SignInResult =
  | { ok: true; user: User; sessionToken: string }
  /** "invalid" alike for an unknown username, a wrong password and a disabled account. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

export type SignInDeps = {
  users: Users;
  sessions: Sessions;
  throttle: SignInThrottle;
  audit: AuditTrail;
  clock: Clock;
};

type FailureReason = "unknown_username" | "wrong_password" | "disabled" | "throttled";

async function passwordMatches(
  credentials: Awaited<ReturnType<Users["credentials"]>>,
  password: string,
): Promise<boolean> {
  // An over-long password is refused without hashing it, but after the same work as any other.
  const usable = passwordLength(password) <= PASSWORD_MAX_LENGTH ? password : "";
  if (credentials === undefined) return verifyDummy(usable);
  const matches = await verifyPassword(credentials.passwordHash, usable);
  return matches && usable === password;
}

async function upgradeHashIfOld(users: Users, user: User, passwordHash: string, password: string) {
  if (!needsRehash(passwordHash)) return;
  await users.upgradeHash(user.id, passwordHash, await hashPassword(password));
}

/** Checks a username and password and, when they match an enabled account, opens a new session. */
export async function signIn(
  deps: SignInDeps,
  username: string,
  password: string,
  context: SessionContext = {},
): Promise<SignInResult> {
  const { users, sessions, throttle, audit, clock } = deps;
  // No account has a longer username; the cut keeps a pasted essay out of the throttle and the trail.
  const key = normalizeUsername(username).slice(0, USERNAME_MAX_LENGTH * 2);
  const failed = async (user: User | undefined, reason: FailureReason) => {
    await audit.record({
      actor: { userId: user?.id ?? null, label: key },
      action: "auth.sign_in_failed",
      subject: { type: "user", id: user?.id ?? null },
      detail: { reason, ip: context.ip ?? null },
    });
  };

  const check = await throttle.check(key, clock());
  if (!check.allowed) {
    await failed(undefined, "throttled");
    return { ok: false, reason: "throttled", retryAfterMs: check.retryAfterMs };
  }
  const credentials = key === "" ? undefined : await users.credentials(key);
  const matches = await passwordMatches(credentials, password);
  if (credentials === undefined || !matches || credentials.user.disabled) {
    await throttle.recordFailure(key, clock());
    const reason =
      credentials === undefined ? "unknown_username" : matches ? "disabled" : "wrong_password";
    await failed(credentials?.user, reason);
    return { ok: false, reason: "invalid" };
  }

  const { user, passwordHash } = credentials;
  await throttle.recordSuccess(key);
  await upgradeHashIfOld(users, user, passwordHash, password);
  const { token, session } = await sessions.create(user.id, context);
  await audit.record({
    actor: { userId: user.id, label: user.username },
    action: "auth.sign_in",
    subject: { type: "user", id: user.id },
    detail: { sessionId: session.id, ip: context.ip ?? null },
  });
  return { ok: true, user, sessionToken: token };
}
