import type { DisplayNames } from "../journal/to-api.ts";
import type { Users } from "../users/users.ts";

/** The display names of these members, for those whose accounts still exist. */
export async function displayNamesOf(
  users: Pick<Users, "getByUsername">,
  usernames: readonly string[],
): Promise<DisplayNames> {
  const names = new Map<string, string>();
  for (const username of new Set(usernames)) {
    const user = await users.getByUsername(username);
    if (user?.username === username) names.set(username, user.displayName);
  }
  return names;
}
