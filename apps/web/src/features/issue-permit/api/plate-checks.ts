import {
  normalizePlate,
  type PlateChecks,
  plateChecksSchema,
  plateSchema,
} from "@permit-desk/schema";
import { queryOptions, useQueries } from "@tanstack/react-query";
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
 * The warnings for each plate being typed, in the chosen zone: asked once typing pauses, only for
 * plates the form would accept. Each `data` is only ever about that very plate and zone, never
 * one typed before.
 */
export function usePlateChecks(plates: readonly string[], zone: string | undefined) {
  const typed = plates.map(normalizePlate).join(",");
  const chosenZone = zone ?? "";
  const settledPlates = useSettledValue(typed, TYPING_PAUSE_MS);
  const settledZone = useSettledValue(chosenZone, TYPING_PAUSE_MS);
  const isCurrent = settledPlates === typed && settledZone === chosenZone;
  return useQueries({
    queries: (settledPlates === "" ? [] : settledPlates.split(",")).map((plate) => ({
      ...plateChecksQueryOptions(plate, settledZone),
      enabled: plateSchema.safeParse(plate).success,
      select: (checks: PlateChecks) => (isCurrent ? checks : undefined),
    })),
  });
}
