import type { ClientConfig } from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { Alert } from "../../components/ui/alert.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { linkClassName } from "../../components/ui/styles.ts";
import { endpointUrl } from "../../lib/api-client.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { problemWords } from "../../lib/i18n/problem-words.ts";
import { permitQueryKeys } from "../../lib/permit-change.ts";
import {
  type HistoryFilters,
  historyFiltersFromSearch,
  historyPathOf,
  historyQueryOf,
  historySearchOf,
  isRangeBackwards,
  RANGE_BACKWARDS,
  type SearchRefusal,
} from "./history-filters.ts";
import { HistoryFiltersForm } from "./history-filters-form.tsx";
import { historyMessages } from "./messages.ts";
import { PermitHistoryResults } from "./permit-history-results.tsx";
import { PlateCoverageLookup } from "./plate-coverage.tsx";

/** The history's filters live in the address: applying them is a move to another address. */
function useHistoryFilters() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const filters = useMemo(() => historyFiltersFromSearch(search), [search]);
  const historySearch = historySearchOf(filters);
  const [clears, setClears] = useState(0);
  /** The list on screen when a search was refused, and why: its results no longer answer the form. */
  const [refused, setRefused] = useState<{ list: string; why: SearchRefusal } | undefined>(
    undefined,
  );

  function applyFilters(next: HistoryFilters) {
    setRefused(undefined);
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
  const searchRefused = refused?.list === listKey ? refused.why : undefined;
  const refuseSearch = (why: SearchRefusal) => setRefused({ list: listKey, why });
  return {
    filters,
    historySearch,
    listKey,
    searchRefused,
    applyFilters,
    refuseSearch,
    clearFilters,
  };
}

export function HistoryPage({ config }: { config: ClientConfig }) {
  const {
    filters,
    historySearch,
    listKey,
    searchRefused,
    applyFilters,
    refuseSearch,
    clearFilters,
  } = useHistoryFilters();
  const submissionsHeadingId = useId();
  const t = useMessages(historyMessages);
  const { locale } = useLocale();
  // A backwards range in the address, or a search the form refused: the results shown would be
  // stale. A day that does not read is said at its field; the results say only to look there.
  const rangeBackwards = isRangeBackwards(filters) || searchRefused === "backwards";
  const daysUnread = searchRefused === "unread";
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")}>{t("heading")}</PageHeading>
      <PlateCoverageLookup siteTimeZone={config.siteTimeZone} />
      <section aria-labelledby={submissionsHeadingId} className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id={submissionsHeadingId} className="text-lg font-bold text-slate-950">
            {t("submissions")}
          </h2>
          {!rangeBackwards && !daysUnread && (
            // The BFF sends the file as an attachment: a plain link, no script involved.
            <a
              href={endpointUrl(permitEndpoints.exportPermits, {
                query: historyQueryOf(filters, config.siteTimeZone),
              })}
              download
              className={linkClassName}
            >
              {t("downloadCsv")}
              <span className="sr-only">{t("downloadCsvDetail")}</span>
            </a>
          )}
        </div>
        <HistoryFiltersForm
          filters={filters}
          zones={config.zones}
          siteTimeZone={config.siteTimeZone}
          onApply={applyFilters}
          onRefused={refuseSearch}
          onClear={clearFilters}
        />
        {rangeBackwards ? (
          <Alert tone="error" title={t("noMatchingDays")}>
            <p>{problemWords(RANGE_BACKWARDS, locale)}</p>
          </Alert>
        ) : daysUnread ? (
          <Alert tone="error" title={t("filtersUnread")}>
            <p>{t("filtersUnreadDetail")}</p>
          </Alert>
        ) : (
          <PermitHistoryResults
            filters={filters}
            historySearch={historySearch}
            listKey={listKey}
            siteTimeZone={config.siteTimeZone}
          />
        )}
      </section>
    </div>
  );
}
