import type { ClientConfig } from "@permit-desk/schema";
import { useId } from "react";
import { Alert } from "../../components/ui/alert.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { CsvDownloadLink } from "./csv-download-link.tsx";
import { isRangeBackwards } from "./history-filters.ts";
import { HistoryFiltersForm } from "./history-filters-form.tsx";
import { historyQueryOf } from "./history-query.ts";
import { historyMessages } from "./messages.ts";
import { PermitHistoryResults } from "./permit-history-results.tsx";
import { PlateCoverageLookup } from "./plate-coverage-lookup.tsx";
import { useHistoryFilters } from "./use-history-filters.ts";

export function HistoryPage({ config }: { config: ClientConfig }) {
  const { filters, historySearch, listKey, applyFilters, clearFilters } = useHistoryFilters();
  const submissionsHeadingId = useId();
  const t = useMessages(historyMessages);
  const rangeBackwards = isRangeBackwards(filters);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")}>{t("heading")}</PageHeading>
      <PlateCoverageLookup siteTimeZone={config.siteTimeZone} />
      <section aria-labelledby={submissionsHeadingId} className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id={submissionsHeadingId} className="text-lg font-bold text-slate-950">
            {t("submissions")}
          </h2>
          {!rangeBackwards && (
            <CsvDownloadLink query={historyQueryOf(filters, config.siteTimeZone)} />
          )}
        </div>
        <HistoryFiltersForm
          filters={filters}
          zones={config.zones}
          siteTimeZone={config.siteTimeZone}
          onApply={applyFilters}
          onClear={clearFilters}
        />
        {rangeBackwards ? (
          <Alert tone="error" title={t("noMatchingDays")}>
            <p>{t("lastDayBeforeFirst")}</p>
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
