import * as serviceEndpoints from "@permit-desk/schema/endpoints/service";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { callApi } from "./api-client.ts";
import { lastVisit } from "./last-visit.ts";

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

/**
 * Whether permits go to the built-in simulator: as on this browser's last visit until known,
 * false when it cannot be.
 */
export function useDemoMode(): boolean {
  const health = useQuery(healthQueryOptions());
  const demo = health.data?.demo;
  useEffect(() => {
    if (demo !== undefined) lastVisit.rememberDemo(demo);
  }, [demo]);
  return demo ?? (health.isPending && lastVisit.demo() === true);
}
