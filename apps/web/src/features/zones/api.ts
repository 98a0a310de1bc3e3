import type { zoneChangeSchema, zoneInputSchema } from "@permit-desk/schema";
import * as zoneEndpoints from "@permit-desk/schema/endpoints/zones";
import type * as z from "zod/mini";
import { callApi } from "../../lib/api-client.ts";
import { useListChange, zonesQueryKey } from "../../lib/shared-queries.ts";

type NewZone = z.input<typeof zoneInputSchema>;
export type ZoneChange = { id: string; change: z.input<typeof zoneChangeSchema> };

export function useAddZone() {
  return useListChange(zonesQueryKey, "add", (zone: NewZone) =>
    callApi(zoneEndpoints.addZone, { body: zone }),
  );
}

export function useChangeZone() {
  return useListChange(zonesQueryKey, "change", ({ id, change }: ZoneChange) =>
    callApi(zoneEndpoints.changeZone, { params: { id }, body: change }),
  );
}
