import { type zoneChangeSchema, zoneRecordSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client.ts";
import { zonesQueryKey } from "../../../lib/zones.ts";

export type ZoneChange = { id: string; change: z.input<typeof zoneChangeSchema> };

export function changeZone({ id, change }: ZoneChange) {
  return apiRequest(`/api/zones/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: change,
    schema: zoneRecordSchema,
  });
}

export function useChangeZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["zones", "change"],
    mutationFn: changeZone,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zonesQueryKey }),
  });
}
