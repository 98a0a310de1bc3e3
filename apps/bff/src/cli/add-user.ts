import { type Problem, problemAsText } from "@permit-desk/schema";
import type { User } from "../accounts/user.ts";
import type { Users } from "../accounts/users.ts";
import { zoneIdsOf } from "../accounts/zone-ids.ts";
import type { Zones } from "../accounts/zones.ts";
import type { Actor } from "../audit/audit-event.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import { hashPassword } from "../auth/passwords.ts";
import type { AddUserArguments } from "./user-arguments.ts";

export class WeakPasswordError extends Error {
  constructor(readonly problem: Problem) {
    super(problemAsText(problem));
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
