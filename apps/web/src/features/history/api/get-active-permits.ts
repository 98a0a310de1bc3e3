import { type ActivePermits, activePermitsSchema } from "@permit-desk/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { permitQueryKeys } from "./permit-query-keys.ts";

/** The issued permits valid now for a plate. */
export function getActivePermits(plate: string): Promise<ActivePermits> {
  return apiRequest(`/api/plates/${encodeURIComponent(plate)}/active`, {
    schema: activePermitsSchema,
  });
}

export function activePermitsQueryOptions(plate: string) {
  return queryOptions({
    queryKey: permitQueryKeys.activeForPlate(plate),
    queryFn: () => getActivePermits(plate),
  });
}

/** Asks only once a plate is given: `undefined` means nobody asked yet. */
export function useActivePermits(plate: string | undefined) {
  return useQuery({ ...activePermitsQueryOptions(plate ?? ""), enabled: plate !== undefined });
}
