import type { HistoryQueryInput } from "@permit-desk/schema";
import type { HistoryFilters } from "./history-filters.ts";
import { endOfSiteDay, startOfSiteDay } from "./site-day-range.ts";

/**
 * The BFF's query for the filters: the days become instants with the site's offset, from the
 * start of the first day to the start of the day after the last, so the last day is included.
 */
export function historyQueryOf(filters: HistoryFilters, siteTimeZone: string): HistoryQueryInput {
  const { plate, zone, state, from, to } = filters;
  return {
    plate,
    zone,
    state,
    validFrom: from === undefined ? undefined : startOfSiteDay(from, siteTimeZone),
    validTo: to === undefined ? undefined : endOfSiteDay(to, siteTimeZone),
  };
}

/** Query parameters for `GET /api/permits` and its CSV export, without the empty ones. */
export function historyQueryString(query: HistoryQueryInput): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === "string" && value !== "") params.set(name, value);
  }
  return params.toString();
}
