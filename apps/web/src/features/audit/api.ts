import * as auditEndpoints from "@permit-desk/schema/endpoints/audit";
import { useInfiniteQuery } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";

export type AuditFilters = { action: string; actor: string };

/** The trail, newest first, a page at a time: each page names the cursor of the next. */
export function useAuditPages(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam }) =>
      callApi(auditEndpoints.listAuditEvents, { query: { ...filters, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
  });
}
