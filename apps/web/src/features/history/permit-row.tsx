import type { PermitSummary } from "@permit-desk/schema";
import { useEffect, useRef } from "react";
import { FoundInOpscom, permitStateMessages } from "../../components/permit-state.tsx";
import { NotRecorded } from "../../components/ui/not-recorded.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { classNames } from "../../lib/class-names.ts";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import { formatAmount } from "../../lib/i18n/format.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { permitRecordHref } from "../../lib/permit-record-href.ts";
import { historyMessages } from "./messages.ts";
import { PermitStateDetails } from "./permit-state-details.tsx";

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
    return <FoundInOpscom lead={t("foundInOpscomAs")} referenceId={permit.foundReferenceId} />;
  }
  return <NotRecorded />;
}

export function PermitRow({ permit, siteTimeZone, historySearch, takeFocus }: PermitRowProps) {
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
        {permit.actor}
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
