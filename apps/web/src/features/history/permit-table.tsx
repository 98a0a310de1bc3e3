import type { PermitSummary } from "@permit-desk/schema";
import { useId } from "react";
import { focusRing } from "../../components/ui/styles.ts";
import { classNames } from "../../lib/class-names.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { historyMessages } from "./messages.ts";
import { PermitRow } from "./permit-row.tsx";

type PermitTableProps = {
  permits: readonly PermitSummary[];
  siteTimeZone: string;
  historySearch: string;
  focusPermitId: string | undefined;
};

const COLUMNS = ["zone", "validSiteTime", "amount", "submittedBy", "state", "reference"] as const;
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
            <th scope="col" className={HEADER_CELL}>
              {t("plate")}
            </th>
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
