import * as serviceEndpoints from "@permit-desk/schema/endpoints/service";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "./api-client.ts";

/** The configuration the BFF gives this member, read once per session. */
export function clientConfigQueryOptions() {
  return queryOptions({
    queryKey: ["config"],
    queryFn: () => callApi(serviceEndpoints.getClientConfig),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** `/healthz` answers without a session, so pages shown before sign-in know it too. */
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ["health"],
    queryFn: () => callApi(serviceEndpoints.getHealth),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Whether permits go to the built-in simulator; false until known, or when it cannot be. */
export function useDemoMode(): boolean {
  return useQuery(healthQueryOptions()).data?.demo ?? false;
}
