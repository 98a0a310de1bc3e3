import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { permitQueryKeys } from "./api/permit-query-keys.ts";
import {
  type HistoryFilters,
  historyFiltersFromSearch,
  historyPathOf,
  historySearchOf,
} from "./history-filters.ts";

/** The history's filters live in the address: applying them is a move to another address. */
export function useHistoryFilters() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const filters = useMemo(() => historyFiltersFromSearch(search), [search]);
  const historySearch = historySearchOf(filters);
  const [clears, setClears] = useState(0);

  function applyFilters(next: HistoryFilters) {
    if (historySearchOf(next) === historySearch) {
      // The same filters again: staff expect the latest permits, not a second history entry.
      void queryClient.invalidateQueries({ queryKey: permitQueryKeys.list(filters) });
      return;
    }
    navigate(historyPathOf(next));
  }

  /** Back to the whole history; whatever the list said of an earlier "Load more" is stale. */
  function clearFilters() {
    setClears((count) => count + 1);
    if (historySearch !== "") navigate(historyPathOf({}));
  }

  /** Names the list on screen: a new one for each search, and after each "Clear filters". */
  const listKey = `${clears}:${historySearch}`;
  return { filters, historySearch, listKey, applyFilters, clearFilters };
}
