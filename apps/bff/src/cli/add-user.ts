import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Problem,
  problemAsText,
} from "@permit-desk/schema";
import type { Actor } from "../audit/audit-event.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { User } from "../users/user.ts";
import type { Users } from "../users/users.ts";
import { zoneIdsOf } from "../zones/zone-ids.ts";
import type { Zones } from "../zones/zones.ts";
import type { AddUserArguments } from "./user-arguments.ts";

/** A refused password as the operator at the terminal reads it. */
const WEAK_PASSWORD: Partial<Record<Problem["code"], string>> = {
  password_required: "Enter a password.",
  password_too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words in a row make a good password.`,
  password_too_long: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  password_common:
    "This password is one of the most common ones and easy to guess. Choose another.",
  password_contains_username: "The password must not contain the username.",
};

export class WeakPasswordError extends Error {
  constructor(readonly problem: Problem) {
    super(WEAK_PASSWORD[problem.code] ?? problemAsText(problem));
    this.name = "WeakPasswordError";
  }
}

/** Creates the account the arguments describe, as `actor`. */
export async function addUser(
  deps: { users: Users; zones: Zones },
  args: AddUserArguments,
  password: string,
  actor: Actor,
): Promise<User> {
  const zoneIds = await zoneIdsOf(deps.zones, args.zoneNames);
  const problem = passwordProblem(password, { username: args.username });
  if (problem !== undefined) throw new WeakPasswordError(problem);
  return deps.users.create(
    {
      username: args.username,
      displayName: args.displayName,
      role: args.role,
      zoneIds,
      passwordHash: await hashPassword(password),
    },
    actor,
  );
}
