import type { PermitRecord } from "@permit-desk/schema";
import { classNames } from "../../../lib/class-names.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { historyMessages } from "../messages.ts";
import { FoundInOpscom } from "./found-in-opscom.tsx";
import { OpscomAnswer } from "./opscom-answer.tsx";
import { PermitFacts } from "./permit-facts.tsx";
import { PermitStateBadge } from "./permit-state-badge.tsx";
import { ReconciliationForm } from "./reconciliation-form.tsx";
import { ReconciliationHistory } from "./reconciliation-history.tsx";
import { RecordSection } from "./record-section.tsx";
import { SentToOpscom } from "./sent-to-opscom.tsx";

type PermitRecordViewProps = { record: PermitRecord; siteTimeZone: string };

/** The facts as recorded, never edited; staff findings sit beside them. */
export function PermitRecordView({ record, siteTimeZone }: PermitRecordViewProps) {
  const t = useMessages(historyMessages);
  const unconfirmed = record.state === "unknown";
  const hasFindings = record.reconciliations.length > 0;
  return (
    <div className="space-y-6">
      <div
        className={classNames(
          "flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md p-4",
          unconfirmed ? "border-l-4 border-amber-700 bg-amber-100" : "bg-slate-50",
        )}
      >
        <p className="font-mono text-2xl font-bold text-slate-950">{record.plate}</p>
        <PermitStateBadge state={record.state} />
        {record.foundReferenceId && (
          <p className="font-semibold text-slate-950">
            <span aria-hidden="true">· </span>
            <FoundInOpscom lead={t("foundInOpscomAsLower")} referenceId={record.foundReferenceId} />
          </p>
        )}
        <p className="w-full text-slate-900">{t("stateMeaning", { state: record.state })}</p>
      </div>
      <div
        className={classNames(
          "grid gap-6",
          (unconfirmed || hasFindings) && "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]",
        )}
      >
        <div className="space-y-6">
          <RecordSection title={t("permitSection")}>
            <PermitFacts record={record} siteTimeZone={siteTimeZone} />
          </RecordSection>
          <RecordSection title={t("sentSection")}>
            <SentToOpscom sentBody={record.sentBody} />
          </RecordSection>
          <RecordSection title={t("answerSection")}>
            <OpscomAnswer record={record} />
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
