import { AUDIT_ACTIONS, type AuditEvent } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { SelectField } from "../../components/ui/field.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { usersQueryOptions } from "../../lib/shared-queries.ts";
import { type AuditFilters, useAuditPages } from "./api.ts";
import {
  actorLabel,
  auditReading,
  describeAction,
  describeChange,
  describeDetail,
  subjectLabel,
} from "./audit-words.ts";
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

type AuditFiltersFormProps = { filters: AuditFilters; onApply: (filters: AuditFilters) => void };

function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const staff = useQuery(usersQueryOptions());
  const t = useMessages(auditMessages);
  const { register, handleSubmit } = useForm({ defaultValues: filters });
  return (
    <form
      onSubmit={handleSubmit(onApply)}
      className="flex flex-wrap items-end gap-3"
      aria-label={t("filters")}
    >
      <SelectField
        label={t("action")}
        selectProps={register("action")}
        options={AUDIT_ACTIONS.map((action) => [action, describeAction({ action }, t)] as const)}
        blank={t("anyAction")}
      />
      <SelectField
        label={t("staffMember")}
        selectProps={register("actor")}
        options={
          staff.data?.map(
            (member) => [member.id, `${member.displayName} (${member.username})`] as const,
          ) ?? []
        }
        blank={t("anyone")}
      />
      <Button type="submit">{t("filter")}</Button>
    </form>
  );
}

type AuditEventItemProps = { event: AuditEvent; siteTimeZone: string };

function AuditEventItem({ event, siteTimeZone }: AuditEventItemProps) {
  const { locale } = useLocale();
  const reading = useMemo(() => auditReading(locale, siteTimeZone), [locale, siteTimeZone]);
  const { t } = reading;
  const changes = Object.entries(event.changes ?? {});
  const details = Object.entries(event.detail ?? {});
  return (
    <li className="border-t border-slate-200 py-3">
      <p>
        <time dateTime={event.at} className="text-slate-700">
          {formatSiteTime(event.at, siteTimeZone, locale)}
        </time>{" "}
        · <span className="font-semibold">{actorLabel(event, t)}</span> ·{" "}
        <span>{describeAction(event, t)}</span>
        {event.subject && (
          <span className="text-slate-700">
            {" "}
            · {subjectLabel(event.subject.type, reading)} {event.subject.id}
          </span>
        )}
      </p>
      {(changes.length > 0 || details.length > 0) && (
        <ul className="mt-1 space-y-0.5 text-sm">
          {changes.map(([field, change]) => (
            <li key={field}>{describeChange(event, field, change, reading)}</li>
          ))}
          {details.map(([key, value]) => (
            <li key={key}>{describeDetail(event, key, value, reading)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
