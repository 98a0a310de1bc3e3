import type { PermitSummary } from "@permit-desk/schema";
import { useEffect, useId, useRef } from "react";
import {
  MemberName,
  PermitStateBadge,
  PermitStatusBadges,
  permitStateMessages,
  Reference,
} from "../../components/permit-state.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { focusRing } from "../../components/ui/styles.ts";
import { TextLink } from "../../components/ui/text-link.tsx";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { permitRecordHref } from "../../lib/permit-record-href.ts";
import { historyMessages } from "./messages.ts";

type PermitStateDetailsProps = {
  permit: Pick<PermitSummary, "state" | "finding" | "current">;
};

/**
 * One state: voided, once it is; else the badge, and for a permit OPSCOM did not confirm, what
 * that means and what staff found; then what its changes made of it: corrected, extended, or a
 * change waiting to be confirmed.
 */
function PermitStateDetails({ permit }: PermitStateDetailsProps) {
  const t = useMessages(historyMessages);
  const states = useMessages(permitStateMessages);
  const { current } = permit;
  const changeUnconfirmed = current.status === "unconfirmed" && permit.state !== "unknown";
  if (current.status === "voided") {
    return <PermitStatusBadges current={current} onlyChanges />;
  }
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        <PermitStateBadge state={permit.state} />
        <PermitStatusBadges current={current} onlyChanges />
      </div>
      {permit.state === "unknown" && (
        <p className="text-sm text-amber-950">{states("stateMeaning", { state: "unknown" })}</p>
      )}
      {permit.finding && (
        <p className="text-sm font-semibold text-slate-900">
          {t("findingSummary", { finding: permit.finding })}
        </p>
      )}
      {changeUnconfirmed && (
        <p className="text-sm font-semibold text-amber-950">
          <span aria-hidden="true">⚠ </span>
          {t("changeNotConfirmed")}
        </p>
      )}
    </div>
  );
}

type PermitRowProps = {
  permit: PermitSummary;
  siteTimeZone: string;
  /** The history's query string, so the record can lead back to the same view. */
  historySearch: string;
  /** Move focus to this row's link: the first of the rows "Load more" just added. */
  takeFocus: boolean;
};

const CELL = "px-3 py-3 align-top";

/** A permit OPSCOM never confirmed, and nobody has checked yet, must catch the eye. */
function needsChecking(permit: PermitSummary): boolean {
  return permit.state === "unknown" && permit.finding === undefined;
}

function PermitReference({ permit }: { permit: PermitSummary }) {
  const t = useMessages(historyMessages);
  if (permit.referenceId) {
    return <span className="break-all font-mono">{permit.referenceId}</span>;
  }
  if (permit.foundReferenceId) {
    return <Reference lead={t("foundInOpscomAs")} referenceId={permit.foundReferenceId} />;
  }
  return <NotRecorded />;
}

function PermitRow({ permit, siteTimeZone, historySearch, takeFocus }: PermitRowProps) {
  const link = useRef<HTMLAnchorElement>(null);
  const t = useMessages(historyMessages);
  const states = useMessages(permitStateMessages);
  const { current } = permit;
  const { locale } = useLocale();
  const at = (instant: string) => formatSiteTime(instant, siteTimeZone, locale);
  useEffect(() => {
    if (takeFocus) link.current?.focus();
  }, [takeFocus]);
  return (
    <tr
      className={classNames(
        "border-t border-slate-200",
        needsChecking(permit) ? "bg-amber-100" : "odd:bg-white even:bg-slate-50",
      )}
    >
      <th scope="row" className={classNames(CELL, "text-left font-mono font-semibold")}>
        <TextLink
          ref={link}
          href={permitRecordHref(permit.id)}
          state={{ historySearch }}
          className={classNames(current.status === "voided" && "line-through")}
        >
          {current.plate}
        </TextLink>
        {current.plate !== permit.plate && (
          <div className="text-sm font-normal text-slate-700">
            {t("wasPlate", { plate: permit.plate })}
          </div>
        )}
      </th>
      <td className={classNames(CELL, "whitespace-nowrap")}>
        {current.zoneName}
        {current.zoneName !== current.zone && (
          <div className="text-sm text-slate-700">
            {states("sentAsZone", { zone: current.zone })}
          </div>
        )}
      </td>
      <td className={classNames(CELL, "whitespace-nowrap")}>
        {at(current.validFrom)}
        <br />
        <span className="text-slate-700">{t("validTo")} </span>
        {at(current.validUntil)}
      </td>
      <td className={classNames(CELL, "whitespace-nowrap text-right tabular-nums")}>
        {permit.amount ? formatAmount(permit.amount, permit.currency, locale) : <NotRecorded />}
      </td>
      <td className={CELL}>
        <MemberName username={permit.actor} name={permit.actorName} />
        <div className="whitespace-nowrap text-sm text-slate-700">{at(permit.createdAt)}</div>
      </td>
      <td className={classNames(CELL, "min-w-48")}>
        <PermitStateDetails permit={permit} />
      </td>
      <td className={classNames(CELL, "text-sm")}>
        <PermitReference permit={permit} />
      </td>
    </tr>
  );
}

type PermitTableProps = {
  permits: readonly PermitSummary[];
  siteTimeZone: string;
  historySearch: string;
  focusPermitId: string | undefined;
};

const COLUMNS = [
  "plate",
  "zone",
  "validSiteTime",
  "amount",
  "submittedBy",
  "state",
  "reference",
] as const;
const HEADER_CELL = "px-3 py-2 text-left text-sm font-semibold text-slate-900";

/** Scrolls sideways on a narrow screen; the scrolling region takes focus so keyboards can scroll it. */
export function PermitTable({
  permits,
  siteTimeZone,
  historySearch,
  focusPermitId,
}: PermitTableProps) {
  const captionId = useId();
  const t = useMessages(historyMessages);
  return (
    <section
      aria-labelledby={captionId}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      className={classNames("overflow-x-auto rounded-md ring-1 ring-slate-300", focusRing)}
    >
      <table className="w-full min-w-[64rem] border-collapse text-base">
        <caption id={captionId} className="px-3 py-2 text-left font-semibold text-slate-900">
          {t("tableCaption")}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={classNames(HEADER_CELL, column === "amount" && "text-right")}
              >
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {permits.map((permit) => (
            <PermitRow
              key={permit.id}
              permit={permit}
              siteTimeZone={siteTimeZone}
              historySearch={historySearch}
              takeFocus={permit.id === focusPermitId}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
