import { useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { usePermitPages } from "./api.ts";
import type { HistoryFilters } from "./history-filters.ts";
import { type HistoryWords, historyMessages } from "./messages.ts";
import { PermitTable } from "./permit-table.tsx";

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

type PermitHistoryResultsProps = {
  filters: HistoryFilters;
  /** The filters as the address writes them: a new search starts a new list. */
  historySearch: string;
  /** Names the list on screen: what "Load more" brought is news only within the same list. */
  listKey: string;
  siteTimeZone: string;
};

/** What the last "Load more" brought, and to which list. */
type LoadedMore = { listKey: string; count: number; firstId: string | undefined };

export function PermitHistoryResults({
  filters,
  historySearch,
  listKey,
  siteTimeZone,
}: PermitHistoryResultsProps) {
  const pages = usePermitPages(filters, siteTimeZone);
  const t = useMessages(historyMessages);
  const common = useMessages(commonMessages);
  const [loadedMore, setLoadedMore] = useState<LoadedMore | undefined>(undefined);
  // Forgotten as soon as the list changes, so that coming back to it later does not repeat it.
  if (loadedMore !== undefined && loadedMore.listKey !== listKey) setLoadedMore(undefined);
  const latest = loadedMore?.listKey === listKey ? loadedMore : undefined;
  const permits = pages.data?.pages.flatMap((page) => page.permits) ?? [];

  async function loadMore() {
    const shownBefore = permits.length;
    const result = await pages.fetchNextPage();
    const added = result.data?.pages.flatMap((page) => page.permits).slice(shownBefore) ?? [];
    if (result.isError) return;
    setLoadedMore({ listKey, count: added.length, firstId: added[0]?.id });
  }

  const status = historyStatusMessage(
    {
      isPending: pages.isPending,
      isFetchingNextPage: pages.isFetchingNextPage,
      shown: permits.length,
      hasMore: pages.hasNextPage,
      loadedMore: latest?.count,
    },
    t,
  );

  return (
    <div className="space-y-4">
      <p role="status" className="text-slate-800">
        {pages.isLoadingError ? "" : status}
      </p>
      <ProblemAlert
        title={t("historyFailed")}
        error={pages.isLoadingError && pages.error}
        onTryAgain={() => pages.refetch()}
      />
      {permits.length > 0 && (
        <>
          <PermitTable
            permits={permits}
            siteTimeZone={siteTimeZone}
            historySearch={historySearch}
            focusPermitId={latest?.firstId}
          />
          <ProblemAlert title={t("moreFailed")} error={pages.isFetchNextPageError && pages.error} />
          {pages.hasNextPage ? (
            // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
            <Button
              variant="secondary"
              aria-disabled={pages.isFetchingNextPage || undefined}
              onClick={() => {
                if (!pages.isFetchingNextPage) void loadMore();
              }}
            >
              {pages.isFetchingNextPage ? common("loadingMore") : common("loadMore")}
            </Button>
          ) : (
            <p className="text-sm text-slate-700">{t("endOfHistory")}</p>
          )}
        </>
      )}
    </div>
  );
}
