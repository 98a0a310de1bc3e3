import { normalizeUsername, passwordSchema } from "@permit-desk/schema";
import { isCommonPassword } from "./common-passwords.ts";

/**
 * What is wrong with a new password, in words a front-desk clerk can act on; undefined when it
 * is acceptable. Length comes from the shared schema; the common-password list stays here.
 */
export function passwordProblem(
  password: string,
  context: { username?: string } = {},
): string | undefined {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues.map((issue) => issue.message).join(" ");
  if (isCommonPassword(password)) {
    return "This password is one of the most common ones and easy to guess. Choose another.";
  }
  const username = context.username === undefined ? "" : normalizeUsername(context.username);
  // Only a username long enough to be a guess on its own: "val" must not rule out "valley".
  if (username.length >= 5 && normalizeUsername(password).includes(username)) {
    return "The password must not contain the username.";
  }
  return undefined;
}
