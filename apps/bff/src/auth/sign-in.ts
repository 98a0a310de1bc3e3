import {
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  passwordLength,
  USERNAME_MAX_LENGTH,
} from "@permit-desk/schema";
import type { AuditTrail } from "../audit/audit-trail.ts";
import type { Clock } from "../clock.ts";
import type { User } from "../users/user.ts";
import type { Users } from "../users/users.ts";
import { needsRehash, type PasswordHashing, PasswordHashingBusyError } from "./passwords.ts";
import type { SessionContext, Sessions } from "./sessions.ts";
import type { SignInAttempt, SignInThrottle } from "./sign-in-throttle.ts";

export type SignInResult =
  | { ok: true; user: User; sessionToken: string }
  /** "invalid" alike for an unknown username, a wrong password and a disabled account. */
  | { ok: false; reason: "invalid" }
  /** Refused without checking the password: this username from this address, or this address. */
  | { ok: false; reason: "throttled"; scope: "username" | "address"; retryAfterMs: number }
  /** Too many passwords being checked at once: nothing was checked or counted. */
  | { ok: false; reason: "busy"; retryAfterMs: number };

export type SignInDeps = {
  users: Users;
  sessions: Sessions;
  throttle: SignInThrottle;
  audit: AuditTrail;
  passwords: PasswordHashing;
  clock: Clock;
};

/** Where a request came from when the server cannot tell (a test calling the app directly). */
export const UNKNOWN_ADDRESS = "unknown";

async function passwordMatches(
  passwords: PasswordHashing,
  credentials: Awaited<ReturnType<Users["credentials"]>>,
  password: string,
): Promise<boolean> {
  // An over-long password is refused without hashing it, but after the same work as any other.
  const usable = passwordLength(password) <= PASSWORD_MAX_LENGTH ? password : "";
  if (credentials === undefined) return passwords.verifyDummy(usable);
  const matches = await passwords.verify(credentials.passwordHash, usable);
  return matches && usable === password;
}

/** A stronger hash at the next sign-in; left for another time when passwords are busy. */
async function upgradeHashIfOld(
  { users, passwords }: SignInDeps,
  user: User,
  passwordHash: string,
  password: string,
) {
  if (!needsRehash(passwordHash)) return;
  try {
    await users.upgradeHash(user.id, passwordHash, await passwords.hash(password));
  } catch (error) {
    if (!(error instanceof PasswordHashingBusyError)) throw error;
  }
}

/**
 * Checks the password of an attempt the throttle allowed. When it could not be checked, what
 * the throttle counted is given back.
 */
async function check(
  deps: SignInDeps,
  attempt: SignInAttempt,
  key: string,
  password: string,
): Promise<
  | { checked: true; credentials: Awaited<ReturnType<Users["credentials"]>>; matches: boolean }
  | { checked: false; retryAfterMs: number }
> {
  try {
    const credentials = key === "" ? undefined : await deps.users.credentials(key);
    return {
      checked: true,
      credentials,
      matches: await passwordMatches(deps.passwords, credentials, password),
    };
  } catch (error) {
    await deps.throttle.cancel(attempt);
    if (error instanceof PasswordHashingBusyError) {
      return { checked: false, retryAfterMs: error.retryAfterMs };
    }
    throw error;
  }
}

/**
 * The username as the throttle and the audit trail keep it. No account has a longer one; the cut
 * keeps a pasted essay out of both, and falls between characters, never inside a surrogate pair.
 */
export function signInKeyOf(username: string): string {
  return Array.from(normalizeUsername(username))
    .slice(0, USERNAME_MAX_LENGTH * 2)
    .join("");
}

/** Checks a username and password and, when they match an enabled account, opens a new session. */
export async function signIn(
  deps: SignInDeps,
  username: string,
  password: string,
  context: SessionContext = {},
): Promise<SignInResult> {
  const { sessions, throttle, audit, clock } = deps;
  const key = signInKeyOf(username);
  // Refused before the throttle is asked, so a flood while password work is full writes nothing.
  const busyMs = deps.passwords.busyFor();
  if (busyMs !== undefined) return { ok: false, reason: "busy", retryAfterMs: busyMs };
  const decision = await throttle.begin(key, context.ip ?? UNKNOWN_ADDRESS, clock());
  if (!decision.allowed) {
    return {
      ok: false,
      reason: "throttled",
      scope: decision.scope,
      retryAfterMs: decision.retryAfterMs,
    };
  }
  const { attempt } = decision;
  const result = await check(deps, attempt, key, password);
  if (!result.checked) return { ok: false, reason: "busy", retryAfterMs: result.retryAfterMs };
  const { credentials, matches } = result;
  if (credentials === undefined || !matches || credentials.user.disabled) {
    await audit.countSignInFailure({
      address: context.ip ?? null,
      username: key,
      addressLimitReached: attempt.addressFailuresLeft === 0,
    });
    return { ok: false, reason: "invalid" };
  }

  const { user, passwordHash } = credentials;
  await throttle.succeeded(attempt);
  await upgradeHashIfOld(deps, user, passwordHash, password);
  const { token, session } = await sessions.create(user.id, context);
  await audit.record({
    actor: { userId: user.id, label: user.username },
    action: "auth.sign_in",
    subject: { type: "user", id: user.id },
    detail: { sessionId: session.id, ip: context.ip ?? null },
  });
  return { ok: true, user, sessionToken: token };
}
