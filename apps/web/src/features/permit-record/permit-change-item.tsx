import {
  CHANGEABLE_FIELDS,
  type ChangeableField,
  changeKindOf,
  type PermitChange,
  type PermitChangeState,
} from "@permit-desk/schema";
import { useId } from "react";
import { Badge, STATE_TONES } from "../../components/permit-state.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { focusRing } from "../../components/ui/styles.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { changeReasonText } from "../../lib/undo-reason.ts";
import { ChangeReconciliationForm } from "./finding-form.tsx";
import { permitRecordMessages } from "./messages.ts";
import { OpscomAnswer, SentToOpscom } from "./opscom-answer.tsx";

const CHANGE_STATE_TONES: Record<PermitChangeState, string> = {
  ...STATE_TONES,
  applied: STATE_TONES.issued,
};

const TIMES = new Set<ChangeableField>(["validFrom", "validUntil"]);

function fieldValue(field: ChangeableField, value: unknown, at: (instant: string) => string) {
  if (typeof value !== "string" || value === "") return <NotRecorded />;
  if (TIMES.has(field)) return at(value);
  return <span className={field === "plate" ? "font-mono font-semibold" : undefined}>{value}</span>;
}

type PermitChangeItemProps = {
  permitId: string;
  change: PermitChange;
  siteTimeZone: string;
  canReconcile: boolean;
};

/** One change: who, when, why, each field before → after, what became of it and what was found. */
export function PermitChangeItem({
  permitId,
  change,
  siteTimeZone,
  canReconcile,
}: PermitChangeItemProps) {
  const headingId = useId();
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const at = (instant: string) => formatSiteTime(instant, siteTimeZone, locale);
  const who = change.actorName ?? change.actor;
  // Each field the change set, as it read before and after, in the schema's order.
  const changed = CHANGEABLE_FIELDS.flatMap((field) => {
    const fieldChange = change.fields[field];
    return fieldChange === undefined ? [] : [{ field, ...fieldChange }];
  });
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-2 rounded-md border border-slate-300 p-3"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={headingId} className="font-bold text-slate-950">
          {t("kind", { kind: changeKindOf(change) })}
        </h3>
        <Badge
          tone={CHANGE_STATE_TONES[change.state]}
          mark={change.state === "unknown" ? "⚠" : undefined}
        >
          {t("changeState", { state: change.state })}
        </Badge>
        {change.finding && (
          <span className="text-sm font-semibold text-slate-900">
            {t("findingSummary", { finding: change.finding })}
          </span>
        )}
      </div>
      <p className="text-sm text-slate-700">{t("byWhom", { who, time: at(change.createdAt) })}</p>
      <p>
        <span className="font-semibold">{t("changeReason")}</span>{" "}
        <span className="whitespace-pre-wrap wrap-anywhere">
          {changeReasonText(change.reason, locale)}
        </span>
      </p>
      {changed.length > 0 && (
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
          {changed.map(({ field, before, after }) => (
            <div key={field} className="contents">
              <dt className="font-semibold text-slate-700">{t(field)}</dt>
              <dd className="min-w-0 break-words text-slate-950">
                {fieldValue(field, before, at)} <span aria-hidden="true">→</span>{" "}
                <span className="sr-only">{t("becomes")}</span> {fieldValue(field, after, at)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {change.reconciliations.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold text-slate-700">{t("findings")}</h4>
          <ol className="mt-1 space-y-2">
            {[...change.reconciliations].reverse().map((reconciliation) => (
              <li key={reconciliation.id} className="text-sm">
                <span className="font-semibold">
                  {t("changeFindingLabel", { finding: reconciliation.finding })}
                </span>
                {reconciliation.note && (
                  <span className="whitespace-pre-wrap wrap-anywhere">
                    {" "}
                    — {reconciliation.note}
                  </span>
                )}
                <span className="block text-slate-700">
                  {t("recordedBy", {
                    who: reconciliation.reconciledBy,
                    time: at(reconciliation.reconciledAt),
                  })}
                </span>
                {reconciliation.supersededAt && (
                  <span className="block font-semibold text-slate-900">
                    {t("supersededBy", { time: at(reconciliation.supersededAt) })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      <details className="rounded-md bg-slate-50 p-2">
        <summary className={`cursor-pointer text-sm font-semibold text-slate-900 ${focusRing}`}>
          {t("details")}
        </summary>
        <div className="mt-2 space-y-3">
          <h4 className="text-sm font-semibold text-slate-700">{t("sentToOpscom")}</h4>
          <SentToOpscom sentBody={change.sentBody} />
          <h4 className="text-sm font-semibold text-slate-700">{t("opscomAnswer")}</h4>
          <OpscomAnswer opscom={change.opscom} level={5} />
        </div>
      </details>
      {change.state === "unknown" && canReconcile && (
        <ChangeReconciliationForm permitId={permitId} changeId={change.id} level={4} />
      )}
    </article>
  );
}
