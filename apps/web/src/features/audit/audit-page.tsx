import { useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { type AuditFilters, useAuditPages } from "./api.ts";
import { AuditEventItem } from "./audit-event-item.tsx";
import { AuditFiltersForm } from "./audit-filters-form.tsx";
import { auditMessages } from "./messages.ts";

const NO_FILTERS: AuditFilters = { action: "", actor: "" };

export function AuditPage({ siteTimeZone }: { siteTimeZone: string }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const pages = useAuditPages(filters);
  const t = useMessages(auditMessages);
  const common = useMessages(commonMessages);
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} />
      <p>{t("intro")}</p>
      <AuditFiltersForm filters={filters} onApply={setFilters} />
      <ProblemAlert title={t("auditFailed")} error={pages.error} />
      {pages.isPending && <p role="status">{t("loadingAudit")}</p>}
      {pages.isSuccess && events.length === 0 && <p>{t("nothingMatches")}</p>}
      {events.length > 0 && (
        <ol aria-label={t("events")} className="border-b border-slate-200">
          {events.map((event) => (
            <AuditEventItem key={event.id} event={event} siteTimeZone={siteTimeZone} />
          ))}
        </ol>
      )}
      {pages.hasNextPage && (
        <Button
          variant="secondary"
          aria-disabled={pages.isFetchingNextPage || undefined}
          onClick={() => {
            if (!pages.isFetchingNextPage) pages.fetchNextPage();
          }}
        >
          {pages.isFetchingNextPage ? common("loadingMore") : common("loadMore")}
        </Button>
      )}
    </div>
  );
}
