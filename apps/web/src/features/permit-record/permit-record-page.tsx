import { type ClientConfig, mayRecordFindings, type PermitRecord } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useId } from "react";
import { useHistoryState } from "wouter/use-browser-location";
import { MemberName, permitStateMessages } from "../../components/permit-state.tsx";
import { type Description, DescriptionList } from "../../components/ui/description-list.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { problemOf } from "../../lib/api-request-error.ts";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { historySearchFromState } from "../../lib/permit-record-href.ts";
import { sessionQueryOptions } from "../../lib/session.ts";
import { usePermitRecord } from "./api.ts";
import { ReconciliationForm } from "./finding-form.tsx";
import { ReconciliationHistory } from "./finding-history.tsx";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";
import { OpscomAnswer, SentToOpscom } from "./opscom-answer.tsx";
import { PermitChangeItem } from "./permit-change-item.tsx";
import { PermitNow, voidedOn } from "./permit-now.tsx";

/** The permit as submitted, never edited. */
function permitFacts(
  record: PermitRecord,
  siteTimeZone: string,
  t: PermitRecordWords,
  locale: Locale,
): Description[] {
  const at = (instant: string) => formatSiteTime(instant, siteTimeZone, locale);
  return [
    {
      term: t("state"),
      // Voided is what the permit is now, whatever OPSCOM first answered.
      details:
        record.current.status === "voided"
          ? voidedOn(record.current, t, at)
          : permitStateMessages.in(locale)("stateLabel", { state: record.state }),
    },
    {
      term: t("reference"),
      details: record.referenceId ? (
        <span className="break-all font-mono font-semibold">{record.referenceId}</span>
      ) : (
        <NotRecorded />
      ),
    },
    { term: t("plate"), details: <span className="font-mono">{record.plate}</span> },
    { term: t("zone"), details: record.zone },
    { term: t("validFrom"), details: at(record.validFrom) },
    { term: t("validUntil"), details: at(record.validUntil) },
    {
      term: t("amount"),
      details: record.amount ? (
        formatAmount(record.amount, record.currency, locale)
      ) : (
        <NotRecorded />
      ),
    },
    { term: t("permitNo"), details: record.permitNo ?? <NotRecorded /> },
    {
      term: t("submittedBy"),
      details: <MemberName username={record.actor} name={record.actorName} />,
    },
    { term: t("submittedAt"), details: at(record.createdAt) },
    {
      term: t("completedAt"),
      details: record.completedAt ? (
        at(record.completedAt)
      ) : (
        <NotRecorded>{t("notYet")}</NotRecorded>
      ),
    },
    {
      term: t("journalEntry"),
      details: <span className="break-all font-mono">{record.id}</span>,
    },
  ];
}

/** One part of a permit's record, named by its heading. */
function RecordSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2
        id={headingId}
        className="border-b border-slate-300 pb-1 text-lg font-bold text-slate-950"
      >
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The permit as submitted. Once it was corrected or extended these are no longer what it is,
 * and the section says so, so that the record never reads as contradicting itself.
 */
export function PermitFacts({
  record,
  siteTimeZone,
}: {
  record: PermitRecord;
  siteTimeZone: string;
}) {
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const { current } = record;
  const changed =
    current.plate !== record.plate ||
    current.zone !== record.zone ||
    current.validFrom !== record.validFrom ||
    current.validUntil !== record.validUntil ||
    (current.permitNo ?? "") !== (record.permitNo ?? "");
  return (
    <RecordSection title={t(changed ? "permitSectionAsSubmitted" : "permitSection")}>
      {changed && <p className="text-sm text-slate-800">{t("asSubmittedNote")}</p>}
      <DescriptionList items={permitFacts(record, siteTimeZone, t, locale)} />
    </RecordSection>
  );
}

/** The permit's corrections, extensions and voids, oldest first, as its chain of events. */
function PermitChangeList({
  record,
  siteTimeZone,
}: {
  record: PermitRecord;
  siteTimeZone: string;
}) {
  const t = useMessages(permitRecordMessages);
  // The member signed in, as the shell already read them; undefined only while it re-reads.
  const member = useQuery(sessionQueryOptions()).data ?? undefined;
  if (record.changes.length === 0) {
    return (
      <p>
        <NotRecorded>{t("noChanges")}</NotRecorded>
      </p>
    );
  }
  return (
    <ol className="space-y-3">
      {record.changes.map((change) => (
        <li key={change.id}>
          <PermitChangeItem
            permitId={record.id}
            change={change}
            siteTimeZone={siteTimeZone}
            canReconcile={member !== undefined && mayRecordFindings(member.role)}
          />
        </li>
      ))}
    </ol>
  );
}

type PermitRecordViewProps = { record: PermitRecord; config: ClientConfig };

/**
 * The permit as it is now and what may be done to it, its changes oldest first, then the facts
 * as submitted, never edited; staff findings sit beside them.
 */
function PermitRecordView({ record, config }: PermitRecordViewProps) {
  const t = useMessages(permitRecordMessages);
  const { siteTimeZone } = config;
  const unconfirmed = record.state === "unknown";
  const hasFindings = record.reconciliations.length > 0;
  return (
    <div className="space-y-6">
      <PermitNow record={record} config={config} />
      <RecordSection title={t("changesSection")}>
        <PermitChangeList record={record} siteTimeZone={siteTimeZone} />
      </RecordSection>
      <div
        className={classNames(
          "grid gap-6",
          (unconfirmed || hasFindings) && "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]",
        )}
      >
        <div className="space-y-6">
          <PermitFacts record={record} siteTimeZone={siteTimeZone} />
          <RecordSection title={t("sentToOpscom")}>
            <SentToOpscom sentBody={record.sentBody} />
          </RecordSection>
          <RecordSection title={t("opscomAnswer")}>
            <OpscomAnswer opscom={record.opscom} />
          </RecordSection>
        </div>
        {(unconfirmed || hasFindings) && (
          <div className="space-y-6">
            <RecordSection title={t("findingsSection")}>
              <ReconciliationHistory
                reconciliations={record.reconciliations}
                siteTimeZone={siteTimeZone}
              />
            </RecordSection>
            {unconfirmed && <ReconciliationForm recordId={record.id} />}
          </div>
        )}
      </div>
    </div>
  );
}

function BackToHistory() {
  const historySearch = historySearchFromState(useHistoryState<unknown>());
  const t = useMessages(permitRecordMessages);
  return (
    <TextLink href={historySearch ? `/history?${historySearch}` : "/history"}>
      <span aria-hidden="true">← </span>
      {t("backToHistory")}
    </TextLink>
  );
}

export function PermitRecordPage({ id, config }: { id: string; config: ClientConfig }) {
  const record = usePermitRecord(id);
  const t = useMessages(permitRecordMessages);
  return (
    <div className="space-y-6">
      <BackToHistory />
      <PageHeading title={t("recordTitle")}>{t("recordTitle")}</PageHeading>
      {record.isPending && <p role="status">{t("loadingRecord")}</p>}
      <ProblemAlert
        title={t("recordFailed")}
        error={record.error}
        onTryAgain={problemOf(record.error).status !== 404 ? () => record.refetch() : undefined}
      />
      {record.isSuccess && <PermitRecordView record={record.data} config={config} />}
    </div>
  );
}
