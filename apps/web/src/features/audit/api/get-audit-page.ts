import { auditPageSchema } from "@permit-desk/schema";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";

export type AuditFilters = { action: string; actor: string };

export function getAuditPage(filters: AuditFilters, cursor: string | undefined) {
  const query = new URLSearchParams();
  if (filters.action) query.set("action", filters.action);
  if (filters.actor) query.set("actor", filters.actor);
  if (cursor) query.set("cursor", cursor);
  const search = query.size > 0 ? `?${query}` : "";
  return apiRequest(`/api/audit${search}`, { schema: auditPageSchema });
}

export function auditPagesQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ["audit", filters],
    queryFn: ({ pageParam }) => getAuditPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useAuditPages(filters: AuditFilters) {
  return useInfiniteQuery(auditPagesQueryOptions(filters));
}
