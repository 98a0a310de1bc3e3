import { healthSchema } from "@permit-desk/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export function getHealth() {
  return apiRequest("/healthz", { schema: healthSchema });
}

/** `/healthz` answers without a session, so pages shown before sign-in know it too. */
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ["health"],
    queryFn: getHealth,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Whether permits go to the built-in simulator; false until known, or when it cannot be. */
export function useDemoMode(): boolean {
  return useQuery(healthQueryOptions()).data?.demo ?? false;
}
