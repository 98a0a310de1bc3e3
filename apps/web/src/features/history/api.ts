import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import * as plateEndpoints from "@permit-desk/schema/endpoints/plates";
import { infiniteQueryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";
import { permitQueryKeys } from "../../lib/permit-change.ts";
import { type HistoryFilters, historyQueryOf } from "./history-filters.ts";

const FIRST_PAGE: string | undefined = undefined;

/** The history, newest first, a page at a time: each page names the cursor of the next. */
export function usePermitPages(filters: HistoryFilters, siteTimeZone: string) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: permitQueryKeys.list(filters),
      queryFn: ({ pageParam }) =>
        callApi(permitEndpoints.listPermits, {
          query: { ...historyQueryOf(filters, siteTimeZone), cursor: pageParam },
        }),
      initialPageParam: FIRST_PAGE,
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
}

/** The issued permits valid now for a plate; asks only once a plate is given. */
export function useActivePermits(plate: string | undefined) {
  return useQuery({
    queryKey: permitQueryKeys.activeForPlate(plate ?? ""),
    queryFn: () => callApi(plateEndpoints.getActivePermits, { params: { plate: plate ?? "" } }),
    enabled: plate !== undefined,
  });
}
