import type { zoneChangeSchema, zoneInputSchema } from "@permit-desk/schema";
import * as zoneEndpoints from "@permit-desk/schema/endpoints/zones";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { callApi } from "../../lib/api-client.ts";
import { zonesQueryKey } from "../../lib/shared-queries.ts";

export type NewZone = z.input<typeof zoneInputSchema>;
export type ZoneChange = { id: string; change: z.input<typeof zoneChangeSchema> };

export function useAddZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["zones", "add"],
    mutationFn: (zone: NewZone) => callApi(zoneEndpoints.addZone, { body: zone }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zonesQueryKey }),
  });
}

export function useChangeZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["zones", "change"],
    mutationFn: ({ id, change }: ZoneChange) =>
      callApi(zoneEndpoints.changeZone, { params: { id }, body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zonesQueryKey }),
  });
}
