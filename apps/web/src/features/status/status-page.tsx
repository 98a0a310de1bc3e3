import type { OperationsStatus, OpscomFailure } from "@permit-desk/schema";
import * as statusEndpoints from "@permit-desk/schema/endpoints/status";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { OPSCOM_HEALTH_POLL_MS } from "../../components/opscom-health.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { callApi } from "../../lib/api-client.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { opscomCodeWords } from "../../lib/i18n/problem-words.ts";
import { AWAITING_FINDING_HREF } from "../../lib/permit-record-href.ts";
import { type StatusWords, statusMessages } from "./messages.ts";

function operationsStatusQueryOptions() {
  return queryOptions({
    queryKey: ["status", "operations"],
    queryFn: () => callApi(statusEndpoints.getOperationsStatus),
    refetchInterval: OPSCOM_HEALTH_POLL_MS,
  });
}

/**
 * What came back from one failed call, in words: "No usable answer: no answer in time",
 * "Refused: HTTP 401, OPSCOM code 9001: The API token is missing."
 */
export function failureAnswerWords(failure: OpscomFailure, t: StatusWords, locale: Locale): string {
  const { result, httpStatus, opscomErrorCode, detail } = failure;
  const parts = [
    httpStatus !== undefined && t("httpStatus", { status: httpStatus }),
    opscomErrorCode !== undefined &&
      t("opscomCode", {
        code: opscomErrorCode,
        meaning: opscomCodeWords(opscomErrorCode, locale),
      }),
    detail !== undefined && t("detail", { code: detail.code }),
  ].filter((part) => part !== false);
  const what = t("result", { result });
  return parts.length === 0 ? what : t("answerWith", { result: what, details: parts.join(", ") });
}

export function StatusPage({ siteTimeZone }: { siteTimeZone: string }) {
  const status = useQuery(operationsStatusQueryOptions());
  const t = useMessages(statusMessages);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} />
      <ProblemAlert
        title={t("statusFailed")}
        error={status.error}
        onTryAgain={() => status.refetch()}
      />
      {status.isPending && <p role="status">{t("loadingStatus")}</p>}
      {status.data && <StatusSections status={status.data} siteTimeZone={siteTimeZone} />}
    </div>
  );
}

function StatusSections({
  status,
  siteTimeZone,
}: {
  status: OperationsStatus;
  siteTimeZone: string;
}) {
  const t = useMessages(statusMessages);
  const { locale } = useLocale();
  const { opscom, rule, recentFailures, awaitingFinding } = status;
  const siteTime = (instant: string) => formatSiteTime(instant, siteTimeZone, locale);
  return (
    <>
      <section aria-labelledby="status-opscom" className="space-y-2">
        <h2 id="status-opscom" className="text-xl font-semibold">
          {t("opscomHeading")}
        </h2>
        <p className={opscom.state === "failing" ? "font-semibold text-red-800" : "font-semibold"}>
          {opscom.state === "failing"
            ? t("opscomFailing", { failures: opscom.failures, since: siteTime(opscom.since) })
            : t("opscomOk")}
        </p>
        <p>{t("rule", { failures: rule.failures, minutes: rule.windowMinutes })}</p>
        <p>{t("whatToDo")}</p>
      </section>
      <section aria-labelledby="status-awaiting" className="space-y-2">
        <h2 id="status-awaiting" className="text-xl font-semibold">
          {t("awaitingHeading")}
        </h2>
        <p>
          {awaitingFinding.permits + awaitingFinding.changes === 0
            ? t("nothingAwaiting")
            : t("awaiting", awaitingFinding)}
        </p>
        {awaitingFinding.permits > 0 && (
          <p>
            <TextLink href={AWAITING_FINDING_HREF}>{t("awaitingLink")}</TextLink>
          </p>
        )}
      </section>
      <section aria-labelledby="status-failures" className="space-y-2">
        <h2 id="status-failures" className="text-xl font-semibold">
          {t("failuresHeading")}
        </h2>
        {recentFailures.length === 0 ? (
          <p>{t("noFailures")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("failuresIntro")}</p>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">{t("failuresHeading")}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th scope="col" className="py-2 pr-4">
                      {t("failureTime")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("failureCall")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("failureAnswer")}
                    </th>
                    <th scope="col" className="py-2 text-right">
                      {t("failureDuration")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {recentFailures.map((failure) => (
                    // A failure has no id: its time, call and duration tell it from the others.
                    <tr
                      key={`${failure.at} ${failure.endpoint} ${failure.durationMs}`}
                      className="border-b border-slate-200"
                    >
                      <td className="py-2 pr-4 whitespace-nowrap">{siteTime(failure.at)}</td>
                      <td className="py-2 pr-4">{t("endpoint", { endpoint: failure.endpoint })}</td>
                      <td className="py-2 pr-4">{failureAnswerWords(failure, t, locale)}</td>
                      <td className="py-2 text-right whitespace-nowrap">
                        {t("took", { ms: failure.durationMs })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
