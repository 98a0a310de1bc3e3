import { zoneListSchema } from "@permit-desk/schema";
import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/** Every zone, active or not, as administrators manage them. */
export const zonesQueryKey = ["zones"] as const;

export function getZones() {
  return apiRequest("/api/zones", { schema: zoneListSchema });
}

export function zonesQueryOptions() {
  return queryOptions({
    queryKey: zonesQueryKey,
    queryFn: async () => (await getZones()).zones,
  });
}
