type HistoryStatusInput = {
  isPending: boolean;
  isFetchingNextPage: boolean;
  shown: number;
  hasMore: boolean;
  /** What the last "Load more" brought, if that is the latest news. */
  loadedMore: number | undefined;
};

function permitsCount(count: number): string {
  return `${count} ${count === 1 ? "permit" : "permits"}`;
}

/** What the history's live region says, so screen reader users hear what sighted users see change. */
export function historyStatusMessage(status: HistoryStatusInput): string {
  const { isPending, isFetchingNextPage, shown, hasMore, loadedMore } = status;
  if (isPending) return "Loading permits…";
  if (isFetchingNextPage) return "Loading more permits…";
  if (shown === 0) return "No permits match these filters.";
  const more = hasMore ? " More can be loaded." : "";
  if (loadedMore !== undefined) {
    return `Loaded ${loadedMore} more. ${permitsCount(shown)} shown.${more}`;
  }
  return `${permitsCount(shown)} shown, newest first.${more}`;
}
