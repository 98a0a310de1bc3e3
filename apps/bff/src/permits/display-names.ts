import type { DisplayNames } from "../journal/to-api.ts";
import type { Users } from "../users/users.ts";

/**
 * The display names of these members, for those whose accounts still exist: read from one list
 * of the site's staff (a parking office's few dozen), not one account at a time.
 */
export async function displayNamesOf(
  users: Pick<Users, "list">,
  usernames: readonly string[],
): Promise<DisplayNames> {
  const asked = new Set(usernames);
  if (asked.size === 0) return new Map();
  const staff = await users.list();
  return new Map(
    staff
      .filter((user) => asked.has(user.username))
      .map((user) => [user.username, user.displayName]),
  );
}
