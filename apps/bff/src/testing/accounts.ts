import type { Actor } from "../audit/audit-event.ts";
import { createAuditTrail } from "../audit/audit-trail.ts";
import {
  createPasswordHashing,
  hashPassword,
  type PasswordHashing,
  type PasswordHashingLimits,
} from "../auth/passwords.ts";
import { createSessions } from "../auth/sessions.ts";
import { createSignInThrottle } from "../auth/sign-in-throttle.ts";
import type { PermitDeskDb } from "../db/database.ts";
import { createUsers } from "../users/users.ts";
import { createZones } from "../zones/zones.ts";
import type { manualClock } from "./manual-clock.ts";

export const admin: Actor = { userId: null, label: "test admin" };
export const goodPassword = "correct horse battery staple";

/** Every accounts module over one test database, on a clock the test moves. */
export function accountsOf(db: PermitDeskDb, time: ReturnType<typeof manualClock>) {
  const { clock } = time;
  return {
    users: createUsers(db, { clock }),
    zones: createZones(db, { clock }),
    sessions: createSessions(db, { clock }),
    throttle: createSignInThrottle(db),
    passwords: createPasswordHashing(),
    audit: createAuditTrail(db, { clock }),
    clock,
  };
}

let goodHash: Promise<string> | undefined;

/** One hash for the whole run: argon2id is slow on purpose. */
export function goodPasswordHash(): Promise<string> {
  goodHash ??= hashPassword(goodPassword);
  return goodHash;
}

/** Password work as the server does it, counting the passwords it checks. */
export function countingPasswordHashing(limits?: PasswordHashingLimits) {
  const real = createPasswordHashing(limits);
  let verifications = 0;
  const passwords: PasswordHashing = {
    hash: real.hash,
    busyFor: real.busyFor,
    verify: async (passwordHash, password) => {
      const matches = await real.verify(passwordHash, password);
      verifications++;
      return matches;
    },
    verifyDummy: async (password) => {
      const matches = await real.verifyDummy(password);
      verifications++;
      return matches;
    },
  };
  return { passwords, verifications: () => verifications };
}
