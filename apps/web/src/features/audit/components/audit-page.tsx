import { useState } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { type AuditFilters, useAuditPages } from "../api/get-audit-page.ts";
import { AuditEventItem } from "./audit-event-item.tsx";
import { AuditFiltersForm } from "./audit-filters-form.tsx";

const NO_FILTERS: AuditFilters = { action: "", actor: "" };

export function AuditPage({ siteTimeZone }: { siteTimeZone: string }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const pages = useAuditPages(filters);
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <div className="space-y-6">
      <PageHeading title="Audit trail">Audit trail</PageHeading>
      <p>
        Sign-ins, sign-outs, permits issued and every change to users, zones and settings, newest
        first. Nobody can edit or delete it.
      </p>
      <AuditFiltersForm filters={filters} onApply={setFilters} />
      {pages.isError && (
        <Alert tone="error" title="The audit trail could not be loaded">
          <p>{problemOf(pages.error).message}</p>
        </Alert>
      )}
      {pages.isPending && <p role="status">Loading the audit trail…</p>}
      {pages.isSuccess && events.length === 0 && <p>Nothing recorded matches these filters.</p>}
      {events.length > 0 && (
        <ol aria-label="Audit events" className="border-b border-slate-200">
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
          {pages.isFetchingNextPage ? "Loading more…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
