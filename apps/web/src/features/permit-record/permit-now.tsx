import type { ClientConfig, CurrentPermit, PermitRecord } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import {
  PermitStatusBadges,
  permitStateMessages,
  Reference,
} from "../../components/permit-state.tsx";
import { type Description, DescriptionList } from "../../components/ui/description-list.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { sessionQueryOptions } from "../../lib/session.ts";
import type { ChangeDone } from "./change-kind.ts";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";
import { PermitActions } from "./permit-actions.tsx";
import { PrintSlipAgain } from "./print-slip-again.tsx";

type PermitNowProps = { record: PermitRecord; config: ClientConfig };

const TONES = {
  active: "bg-slate-50",
  corrected: "border-l-4 border-blue-700 bg-blue-50",
  voided: "border-l-4 border-slate-700 bg-slate-200",
  unconfirmed: "border-l-4 border-amber-700 bg-amber-100",
  not_issued: "bg-slate-50",
};

/** "Voided on … by …": when OPSCOM confirmed the void, and who asked for it. */
export function voidedOn(
  current: CurrentPermit,
  t: PermitRecordWords,
  at: (instant: string) => string,
): string | undefined {
  if (current.voidedAt === undefined) return undefined;
  const who = current.voidedByName ?? current.voidedBy ?? "—";
  return t("voidedOn", { time: at(current.voidedAt), who });
}

/** The permit as its changes made it, first on the page, with what the member may do to it. */
export function PermitNow({ record, config }: PermitNowProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const t = useMessages(permitRecordMessages);
  const states = useMessages(permitStateMessages);
  const { locale } = useLocale();
  // The member signed in, as the shell already read them; undefined only while it re-reads.
  const member = useQuery(sessionQueryOptions()).data ?? undefined;
  const [done, setDone] = useState<ChangeDone | undefined>(undefined);
  const { current } = record;
  const at = (instant: string) => formatSiteTime(instant, config.siteTimeZone, locale);
  const wasChanged = current.corrected || current.extendedAt !== undefined;
  const tone = current.status === "active" && wasChanged ? "corrected" : current.status;
  const facts: Description[] = [
    {
      term: t("zone"),
      details:
        current.zoneName === current.zone ? (
          current.zone
        ) : (
          <>
            {current.zoneName}{" "}
            <span className="text-slate-700">({states("sentAsZone", { zone: current.zone })})</span>
          </>
        ),
    },
    { term: t("validFrom"), details: at(current.validFrom) },
    { term: t("validUntil"), details: at(current.validUntil) },
    { term: t("permitNo"), details: current.permitNo ?? <NotRecorded /> },
  ];
  function changed(change: ChangeDone) {
    setDone(change);
    ref.current?.focus();
  }
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingId}
      className={classNames("space-y-3 rounded-md p-4 outline-none", TONES[tone])}
    >
      <h2 id={headingId} className="text-sm font-semibold uppercase tracking-wide text-slate-700">
        {t("nowHeading")}
      </h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <p
          className={classNames(
            "font-mono text-2xl font-bold text-slate-950",
            current.status === "voided" && "line-through decoration-2",
          )}
        >
          {current.plate}
        </p>
        <PermitStatusBadges current={current} />
        {record.foundReferenceId && (
          <p className="font-semibold text-slate-950">
            <span aria-hidden="true">· </span>
            <Reference lead={t("foundInOpscomAsLower")} referenceId={record.foundReferenceId} />
          </p>
        )}
      </div>
      <p className="text-slate-900">
        {states("stateMeaning", { state: record.state })}
        {current.status === "voided" ? (
          <> {voidedOn(current, t, at)}</>
        ) : (
          <>
            {current.correctedAt && <> {t("correctedOn", { time: at(current.correctedAt) })}</>}
            {current.extendedAt && <> {t("extendedOn", { time: at(current.extendedAt) })}</>}
          </>
        )}
      </p>
      <DescriptionList items={facts} className="text-base" />
      {member && (
        <PermitActions record={record} config={config} member={member} onChanged={changed}>
          <PrintSlipAgain record={record} siteTimeZone={config.siteTimeZone} />
        </PermitActions>
      )}
      <p role="status" className="font-semibold text-green-900">
        {done?.kind === "extended" && t("extended", { time: at(done.until) })}
        {done?.kind === "corrected" && t("correctedDone")}
        {done?.kind === "voided" && t("voided")}
      </p>
    </section>
  );
}
