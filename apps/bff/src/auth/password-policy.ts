import {
  normalizeUsername,
  type Problem,
  passwordSchema,
  problemOfIssue,
} from "@permit-desk/schema";
import { isCommonPassword } from "./common-passwords.ts";

/**
 * What is wrong with a new password, as a problem a front-desk clerk can act on; undefined when it
 * is acceptable. Length comes from the shared schema; the common-password list stays here.
 */
export function passwordProblem(
  password: string,
  context: { username?: string } = {},
): Problem | undefined {
  const parsed = passwordSchema.safeParse(password);
  const [issue] = parsed.error?.issues ?? [];
  if (issue !== undefined) return problemOfIssue(issue);
  if (isCommonPassword(password)) return { code: "password_common" };
  const username = context.username === undefined ? "" : normalizeUsername(context.username);
  // Only a username long enough to be a guess on its own: "val" must not rule out "valley".
  if (username.length >= 5 && normalizeUsername(password).includes(username)) {
    return { code: "password_contains_username" };
  }
  return undefined;
}
