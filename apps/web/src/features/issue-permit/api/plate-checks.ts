import {
  normalizePlate,
  type PlateChecks,
  plateChecksSchema,
  plateSchema,
} from "@permit-desk/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { useSettledValue } from "../hooks/use-settled-value.ts";

/** Long enough to skip the plates seen while a plate is typed, short enough to feel immediate. */
const TYPING_PAUSE_MS = 250;

export function getPlateChecks(plate: string, zone: string | undefined): Promise<PlateChecks> {
  const query = zone === undefined || zone === "" ? "" : `?${new URLSearchParams({ zone })}`;
  return apiRequest(`/api/plates/${encodeURIComponent(plate)}/checks${query}`, {
    schema: plateChecksSchema,
  });
}

export function plateChecksQueryOptions(plate: string, zone: string | undefined) {
  return queryOptions({
    queryKey: ["plates", plate, "checks", zone ?? ""],
    queryFn: () => getPlateChecks(plate, zone),
    staleTime: 30_000,
  });
}

/**
 * The warnings for the plate being typed, in the chosen zone: asked once typing pauses, only for
 * a plate the form would accept. `data` is only ever about this very plate and zone, never the
 * one before.
 */
export function usePlateChecks(plate: string, zone: string | undefined) {
  const typedPlate = normalizePlate(plate);
  const chosenZone = zone ?? "";
  const settledPlate = useSettledValue(typedPlate, TYPING_PAUSE_MS);
  const settledZone = useSettledValue(chosenZone, TYPING_PAUSE_MS);
  const isCurrent = settledPlate === typedPlate && settledZone === chosenZone;
  return useQuery({
    ...plateChecksQueryOptions(settledPlate, settledZone),
    enabled: plateSchema.safeParse(settledPlate).success,
    select: (checks) => (isCurrent ? checks : undefined),
  });
}
