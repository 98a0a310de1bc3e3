import * as dayEndpoints from "@permit-desk/schema/endpoints/day";
import { useQuery } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";

/** A day's figures, site time; today's, as the BFF's clock reads it, when no day is given. */
export function useDayFigures(date: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ["day", date ?? "today"],
    queryFn: () => callApi(dayEndpoints.getDayFigures, { query: { date } }),
    enabled,
  });
}

/** OPSCOM's counts per zone beside the journal's, as they stand now. */
export function useOpscomCounts() {
  return useQuery({
    queryKey: ["day", "opscom-counts"],
    queryFn: () => callApi(dayEndpoints.getOpscomCounts),
  });
}
