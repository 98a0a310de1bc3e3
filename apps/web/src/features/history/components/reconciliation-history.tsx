import type { PermitReconciliation } from "@permit-desk/schema";
import { NotRecorded } from "../../../components/ui/not-recorded.tsx";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { FINDING_LABELS } from "../utils/permit-state-labels.ts";

type ReconciliationHistoryProps = {
  reconciliations: readonly PermitReconciliation[];
  siteTimeZone: string;
};

/** What staff found in OPSCOM, latest first: the latest finding is the one that counts. */
export function ReconciliationHistory({
  reconciliations,
  siteTimeZone,
}: ReconciliationHistoryProps) {
  if (reconciliations.length === 0) {
    return (
      <p>
        <NotRecorded>Nobody has recorded what OPSCOM shows yet.</NotRecorded>
      </p>
    );
  }
  const latestFirst = [...reconciliations].reverse();
  return (
    <ol className="space-y-3">
      {latestFirst.map((reconciliation, index) => (
        <li key={reconciliation.id} className="rounded-md border border-slate-300 p-3">
          {index === 0 && latestFirst.length > 1 && (
            <p className="text-sm font-semibold text-slate-700">Latest finding</p>
          )}
          <p className="font-semibold text-slate-950">{FINDING_LABELS[reconciliation.finding]}</p>
          {reconciliation.referenceId && (
            <p>
              Reference{" "}
              <span className="break-all font-mono font-semibold">
                {reconciliation.referenceId}
              </span>
            </p>
          )}
          {reconciliation.note && <p className="whitespace-pre-wrap">{reconciliation.note}</p>}
          <p className="text-sm text-slate-700">
            Recorded by {reconciliation.reconciledBy},{" "}
            {formatSiteTime(reconciliation.reconciledAt, siteTimeZone)}
          </p>
        </li>
      ))}
    </ol>
  );
}
