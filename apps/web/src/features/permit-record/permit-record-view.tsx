import type { ClientConfig, PermitRecord } from "@permit-desk/schema";
import { type ReactNode, useId } from "react";
import { classNames } from "../../lib/class-names.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { ReconciliationForm } from "./finding-form.tsx";
import { ReconciliationHistory } from "./finding-history.tsx";
import { permitRecordMessages } from "./messages.ts";
import { OpscomAnswer } from "./opscom-answer.tsx";
import { PermitChangeList } from "./permit-change-list.tsx";
import { PermitFacts } from "./permit-facts.tsx";
import { PermitNow } from "./permit-now.tsx";
import { SentToOpscom } from "./sent-to-opscom.tsx";

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

type PermitRecordViewProps = { record: PermitRecord; config: ClientConfig };

/**
 * The permit as it is now and what may be done to it, its changes oldest first, then the facts
 * as submitted, never edited; staff findings sit beside them.
 */
export function PermitRecordView({ record, config }: PermitRecordViewProps) {
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
          <RecordSection title={t("permitSection")}>
            <PermitFacts record={record} siteTimeZone={siteTimeZone} />
          </RecordSection>
          <RecordSection title={t("sentSection")}>
            <SentToOpscom sentBody={record.sentBody} />
          </RecordSection>
          <RecordSection title={t("answerSection")}>
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
