import { permitsQueryKey } from "../../../lib/permits-query-key.ts";
import type { HistoryFilters } from "../history-filters.ts";

/** Every query about permits sits under `["permits"]`, so one invalidation refreshes them all. */
export const permitQueryKeys = {
  all: permitsQueryKey,
  lists: () => [...permitQueryKeys.all, "list"] as const,
  list: (filters: HistoryFilters) => [...permitQueryKeys.lists(), filters] as const,
  record: (id: string) => [...permitQueryKeys.all, "record", id] as const,
  activeForPlate: (plate: string) => [...permitQueryKeys.all, "active", plate] as const,
};
