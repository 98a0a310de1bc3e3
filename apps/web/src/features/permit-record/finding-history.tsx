import type { PermitReconciliation } from "@permit-desk/schema";
import { Reference } from "../../components/permit-state.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { permitRecordMessages } from "./messages.ts";

type ReconciliationHistoryProps = {
  reconciliations: readonly PermitReconciliation[];
  siteTimeZone: string;
};

/**
 * What staff found in OPSCOM, latest first: the latest finding is the one that counts, unless
 * OPSCOM's own answer came after it, which then supersedes every finding.
 */
export function ReconciliationHistory({
  reconciliations,
  siteTimeZone,
}: ReconciliationHistoryProps) {
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  if (reconciliations.length === 0) {
    return (
      <p>
        <NotRecorded>{t("noFindings")}</NotRecorded>
      </p>
    );
  }
  const latestFirst = [...reconciliations].reverse();
  return (
    <ol className="space-y-3">
      {latestFirst.map((reconciliation, index) => (
        <li key={reconciliation.id} className="rounded-md border border-slate-300 p-3">
          {index === 0 && latestFirst.length > 1 && !reconciliation.supersededAt && (
            <p className="text-sm font-semibold text-slate-700">{t("latestFinding")}</p>
          )}
          <p className="font-semibold text-slate-950">
            {t("findingLabel", { finding: reconciliation.finding })}
          </p>
          {reconciliation.referenceId && (
            <p>
              <Reference lead={t("reference")} referenceId={reconciliation.referenceId} />
            </p>
          )}
          {reconciliation.note && (
            <p className="whitespace-pre-wrap wrap-anywhere">{reconciliation.note}</p>
          )}
          <p className="text-sm text-slate-700">
            {t("recordedBy", {
              who: reconciliation.reconciledBy,
              time: formatSiteTime(reconciliation.reconciledAt, siteTimeZone, locale),
            })}
          </p>
          {reconciliation.supersededAt && (
            <p className="text-sm font-semibold text-slate-900">
              {t("supersededBy", {
                time: formatSiteTime(reconciliation.supersededAt, siteTimeZone, locale),
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
