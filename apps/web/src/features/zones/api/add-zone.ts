import { type zoneInputSchema, zoneRecordSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client.ts";
import { zonesQueryKey } from "../../../lib/zones.ts";

export type NewZone = z.input<typeof zoneInputSchema>;

export function addZone(zone: NewZone) {
  return apiRequest("/api/zones", { method: "POST", body: zone, schema: zoneRecordSchema });
}

export function useAddZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["zones", "add"],
    mutationFn: addZone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zonesQueryKey }),
  });
}
