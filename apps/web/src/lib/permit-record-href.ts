/** The page of one permit's record in the history. */
export function permitRecordHref(id: string): string {
  return `/history/${encodeURIComponent(id)}`;
}

/**
 * The history's query string a record was opened from, kept in the browser's history entry,
 * so "Back to history" returns to the same filtered view. Anything else there is ignored.
 */
export function historySearchFromState(state: unknown): string {
  if (typeof state !== "object" || state === null || !("historySearch" in state)) return "";
  return typeof state.historySearch === "string" ? state.historySearch : "";
}

/** History narrowed to the permits OPSCOM did not confirm that no finding was recorded for. */
export const AWAITING_FINDING_HREF = "/history?show=awaiting";
