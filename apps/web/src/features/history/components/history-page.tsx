import type { ClientConfig } from "@permit-desk/schema";
import { useId } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { useHistoryFilters } from "../hooks/use-history-filters.ts";
import { historyRangeProblem } from "../utils/history-filters.ts";
import { historyQueryOf } from "../utils/history-query.ts";
import { CsvDownloadLink } from "./csv-download-link.tsx";
import { HistoryFiltersForm } from "./history-filters-form.tsx";
import { PermitHistoryResults } from "./permit-history-results.tsx";
import { PlateCoverageLookup } from "./plate-coverage-lookup.tsx";

export function HistoryPage({ config }: { config: ClientConfig }) {
  const { filters, historySearch, listKey, applyFilters, clearFilters } = useHistoryFilters();
  const submissionsHeadingId = useId();
  const rangeProblem = historyRangeProblem(filters);
  return (
    <div className="space-y-8">
      <PageHeading title="History">Permit history</PageHeading>
      <PlateCoverageLookup siteTimeZone={config.siteTimeZone} />
      <section aria-labelledby={submissionsHeadingId} className="space-y-6">
        <div className="flex flex-wrap items-baseline justify-between gap-4">
          <h2 id={submissionsHeadingId} className="text-lg font-bold text-slate-950">
            Submissions
          </h2>
          {!rangeProblem && (
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
        {rangeProblem ? (
          <Alert tone="error" title="These days match no permit">
            <p>{rangeProblem}</p>
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
