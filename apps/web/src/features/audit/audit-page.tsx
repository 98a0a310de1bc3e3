import { AUDIT_ACTIONS, type AuditEvent } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useLocation, useSearch } from "wouter";
import { Button } from "../../components/ui/button.tsx";
import { SelectField } from "../../components/ui/field.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { permitRecordHref } from "../../lib/permit-record-href.ts";
import { usersQueryOptions } from "../../lib/shared-queries.ts";
import { type AuditFilters, useAuditPages } from "./api.ts";
import {
  actionName,
  actorLabel,
  auditReading,
  describeAction,
  describeChange,
  describeDetail,
  subjectLabel,
} from "./audit-words.ts";
import { auditMessages } from "./messages.ts";

/** The filters live in the address, so a filtered trail can be reloaded, shared and gone back to. */
function useAuditFilters() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = useMemo((): AuditFilters => {
    const params = new URLSearchParams(search);
    return { action: params.get("action") ?? "", actor: params.get("actor") ?? "" };
  }, [search]);
  function applyFilters(next: AuditFilters) {
    const params = new URLSearchParams();
    if (next.action !== "") params.set("action", next.action);
    if (next.actor !== "") params.set("actor", next.actor);
    const query = params.toString();
    navigate(query === "" ? "/audit" : `/audit?${query}`);
  }
  return { search, filters, applyFilters };
}

export function AuditPage({ siteTimeZone }: { siteTimeZone: string }) {
  const { search, filters, applyFilters } = useAuditFilters();
  const pages = useAuditPages(filters);
  const t = useMessages(auditMessages);
  const common = useMessages(commonMessages);
  const events = pages.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} />
      <p>{t("intro")}</p>
      <AuditFiltersForm key={search} filters={filters} onApply={applyFilters} />
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
        options={AUDIT_ACTIONS.map((action) => [action, actionName(action, t)] as const)}
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
    <li className="border-t border-slate-200 py-3 wrap-anywhere">
      <p>
        <time dateTime={event.at} className="text-slate-700">
          {formatSiteTime(event.at, siteTimeZone, locale)}
        </time>{" "}
        · <span className="font-semibold">{actorLabel(event, t)}</span> ·{" "}
        <span>{describeAction(event, t)}</span>
        {event.subject && (
          <span className="text-slate-700">
            {" "}
            · {subjectLabel(event.subject.type, reading)} <AuditSubjectName {...event.subject} />
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

/** The pages where a subject is seen, by its kind. */
const SUBJECT_PAGES: Record<string, string> = {
  zone: "/zones",
  template: "/templates",
  user: "/users",
};

/** A permit by its plate (to its record) and zone, anything else by its name: its id when gone. */
function AuditSubjectName({ type, id, name, plate, zone }: NonNullable<AuditEvent["subject"]>) {
  if (type === "permit" && plate !== undefined) {
    return (
      <>
        <TextLink href={permitRecordHref(id)} className="font-mono">
          {plate}
        </TextLink>
        {zone && (
          <>
            {" · "}
            <TextLink href="/zones">{zone.name}</TextLink>
          </>
        )}
      </>
    );
  }
  const page = SUBJECT_PAGES[type];
  if (name === undefined || page === undefined) return <>{id}</>;
  return <TextLink href={page}>{name}</TextLink>;
}
