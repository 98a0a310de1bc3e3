import { userListSchema } from "@permit-desk/schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";

/** Staff to filter the trail by; the same list administrators manage. */
export function staffQueryOptions() {
  return queryOptions({
    queryKey: ["users"],
    queryFn: async () => (await apiRequest("/api/users", { schema: userListSchema })).users,
  });
}
