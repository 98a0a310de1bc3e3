import { userListSchema } from "@permit-desk/schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";

export const usersQueryKey = ["users"] as const;

export function getUsers() {
  return apiRequest("/api/users", { schema: userListSchema });
}

export function usersQueryOptions() {
  return queryOptions({ queryKey: usersQueryKey, queryFn: async () => (await getUsers()).users });
}
