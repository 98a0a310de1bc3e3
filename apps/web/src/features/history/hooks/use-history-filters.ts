import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useLocation, useSearch } from "wouter";
import { permitQueryKeys } from "../api/permit-query-keys.ts";
import {
  type HistoryFilters,
  historyFiltersFromSearch,
  historyPathOf,
  historySearchOf,
} from "../utils/history-filters.ts";

/** The history's filters live in the address: applying them is a move to another address. */
export function useHistoryFilters() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const filters = useMemo(() => historyFiltersFromSearch(search), [search]);
  const historySearch = historySearchOf(filters);

  function applyFilters(next: HistoryFilters) {
    if (historySearchOf(next) === historySearch) {
      // The same filters again: staff expect the latest permits, not a second history entry.
      void queryClient.invalidateQueries({ queryKey: permitQueryKeys.list(filters) });
      return;
    }
    navigate(historyPathOf(next));
  }

  return { filters, historySearch, applyFilters };
}
