import { type HistoryQueryInput, type PermitPage, permitPageSchema } from "@permit-desk/schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import type { HistoryFilters } from "../history-filters.ts";
import { historyQueryOf, historyQueryString } from "../history-filters.ts";
import { permitQueryKeys } from "./permit-query-keys.ts";

const FIRST_PAGE: string | undefined = undefined;

export function getPermitPage(query: HistoryQueryInput, cursor?: string): Promise<PermitPage> {
  const search = historyQueryString({ ...query, cursor });
  return apiRequest(search ? `/api/permits?${search}` : "/api/permits", {
    schema: permitPageSchema,
  });
}

/** The history, newest first, a page at a time: each page names the cursor of the next. */
export function permitPagesQueryOptions(filters: HistoryFilters, siteTimeZone: string) {
  return infiniteQueryOptions({
    queryKey: permitQueryKeys.list(filters),
    queryFn: ({ pageParam }) => getPermitPage(historyQueryOf(filters, siteTimeZone), pageParam),
    initialPageParam: FIRST_PAGE,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function usePermitPages(filters: HistoryFilters, siteTimeZone: string) {
  return useInfiniteQuery(permitPagesQueryOptions(filters, siteTimeZone));
}
