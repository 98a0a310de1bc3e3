import type { HistoryWords } from "./messages.ts";

type HistoryStatusInput = {
  isPending: boolean;
  isFetchingNextPage: boolean;
  shown: number;
  hasMore: boolean;
  /** What the last "Load more" brought, if that is the latest news. */
  loadedMore: number | undefined;
};

/** What the history's live region says, so screen reader users hear what sighted users see change. */
export function historyStatusMessage(status: HistoryStatusInput, t: HistoryWords): string {
  const { isPending, isFetchingNextPage, shown, hasMore, loadedMore } = status;
  if (isPending) return t("loadingPermits");
  if (isFetchingNextPage) return t("loadingMorePermits");
  if (shown === 0) return t("noPermits");
  const news =
    loadedMore === undefined
      ? t("shownNewestFirst", { count: shown })
      : t("loadedMore", { added: loadedMore, shown });
  return hasMore ? `${news} ${t("moreCanBeLoaded")}` : news;
}
