import { clientConfigSchema } from "@permit-desk/schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export function getClientConfig() {
  return apiRequest("/api/config", { schema: clientConfigSchema });
}

export function clientConfigQueryOptions() {
  return queryOptions({
    queryKey: ["config"],
    queryFn: getClientConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
