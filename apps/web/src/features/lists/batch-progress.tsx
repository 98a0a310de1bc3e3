import type { Batch, ClientConfig } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Button } from "../../components/ui/button.tsx";
import { DescriptionList } from "../../components/ui/description-list.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { linkClassName } from "../../components/ui/styles.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { batchesQueryOptions, batchQueryOptions, resultCsvUrl, useBatchState } from "./api.ts";
import { listsMessages, STATE_WORDS } from "./messages.ts";

const LANGUAGE = { "en-CA": 0, "fr-CA": 1 } as const;

/** Rows to send (those refused on arrival never are) and rows settled so far. */
export function batchProgress(batch: Batch): { done: number; total: number } {
  const total = batch.rows - batch.refusedOnArrival;
  return { done: Math.max(0, total - batch.waiting), total };
}

/** A list being issued by the server: how far it is, Pause or Resume, and its result. */
export function BatchProgress({ id }: { id: string }) {
  const t = useMessages(listsMessages);
  const { locale } = useLocale();
  const batch = useQuery(batchQueryOptions(id));
  const change = useBatchState(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = batch.data !== undefined;
  // Opened or just issued: focus comes to its progress, where the button that opened it was.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);
  if (!batch.data) return <ProblemAlert title={t("recentFailed")} error={batch.error} />;
  const { done, total } = batchProgress(batch.data);
  const { state } = batch.data;
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const refused = batch.data.refused.reduce((sum, { count }) => sum + count, 0);
  const percent = total === 0 ? 100 : Math.round((done / total) * 100);
  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <h2
        id="progress-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-bold text-slate-950 outline-none"
      >
        {t("progressHeading")} · {STATE_WORDS[state][LANGUAGE[locale]]}
      </h2>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={t("progressText", { done, total })}
        className="h-4 w-full overflow-hidden rounded border border-slate-500 bg-slate-100"
      >
        <div className="h-full bg-blue-700" style={{ width: `${percent}%` }} />
      </div>
      <p className="font-semibold">{t("progressText", { done, total })}</p>
      <DescriptionList
        items={[
          { term: t("sent"), details: batch.data.sent },
          { term: t("issued"), details: batch.data.issued },
          { term: t("refusedByOpscom"), details: refused },
          { term: t("refusedOnArrival"), details: batch.data.refusedOnArrival },
          { term: t("unknown"), details: batch.data.unknown },
          { term: t("notSent"), details: batch.data.notSent },
          { term: t("waiting"), details: batch.data.waiting },
          {
            term: t("rate"),
            details:
              state === "paused"
                ? t("whilePaused")
                : batch.data.ratePerSecond === undefined
                  ? "—"
                  : t("ratePerSecond", { rate: number.format(batch.data.ratePerSecond) }),
          },
          {
            term: t("timeLeft"),
            details:
              state === "paused"
                ? t("whilePaused")
                : batch.data.secondsLeft === undefined || state === "done"
                  ? "—"
                  : t("secondsLeft", { count: Math.ceil(batch.data.secondsLeft) }),
          },
        ]}
      />
      {batch.data.unknown > 0 && <p>{t("unknownHint")}</p>}
      <div className="flex flex-wrap items-center gap-3">
        {state === "running" && (
          <Button
            variant="secondary"
            disabled={change.isPending}
            onClick={() => change.mutate("paused")}
          >
            {t("pause")}
          </Button>
        )}
        {(state === "paused" || state === "ready") && (
          <Button disabled={change.isPending} onClick={() => change.mutate("running")}>
            {t("resume")}
          </Button>
        )}
        {state === "done" && (
          <a href={resultCsvUrl(id)} download className={linkClassName}>
            {t("download")}
          </a>
        )}
      </div>
      {state === "done" && <p className="text-sm text-slate-700">{t("resultHint")}</p>}
      <ProblemAlert title={t("stateFailed")} error={change.error} />
    </section>
  );
}

/** The member's recent lists with their state; any can be opened again. */
export function RecentBatches({
  config,
  onOpen,
}: {
  config: ClientConfig;
  onOpen: (id: string) => void;
}) {
  const t = useMessages(listsMessages);
  const { locale } = useLocale();
  const batches = useQuery(batchesQueryOptions());
  return (
    <section aria-labelledby="recent-heading" className="space-y-3">
      <h2 id="recent-heading" className="text-xl font-bold text-slate-950">
        {t("recentHeading")}
      </h2>
      <ProblemAlert title={t("recentFailed")} error={batches.error} />
      {batches.data?.length === 0 && <p>{t("noneYet")}</p>}
      {batches.data && batches.data.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("recentCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-400">
              {[t("created"), t("rows"), t("zones"), t("state")].map((heading) => (
                <th key={heading} scope="col" className="py-2 pr-4">
                  {heading}
                </th>
              ))}
              <th scope="col">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.data.map((batch) => {
              const date = formatSiteTime(batch.createdAt, config.siteTimeZone, locale);
              return (
                <tr key={batch.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4">{date}</td>
                  <td className="py-2 pr-4">{batch.rows}</td>
                  <td className="py-2 pr-4">{batch.zones.join(", ")}</td>
                  <td className="py-2 pr-4">{STATE_WORDS[batch.state][LANGUAGE[locale]]}</td>
                  <td className="py-2">
                    <Button
                      variant="secondary"
                      aria-label={t("openList", { date })}
                      onClick={() => onOpen(batch.id)}
                    >
                      {t("open")}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
