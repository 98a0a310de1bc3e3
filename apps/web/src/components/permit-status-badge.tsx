import type { CurrentPermit, PermitStatus } from "@permit-desk/schema";
import { changeMessages } from "../features/permit-record/messages.ts";
import { classNames } from "../lib/class-names.ts";
import { useMessages } from "../lib/i18n/messages.ts";

const TONES: Record<PermitStatus, string> = {
  active: "border-green-700 bg-green-50 text-green-900",
  voided: "border-slate-700 bg-slate-200 text-slate-950",
  unconfirmed: "border-amber-800 bg-amber-200 text-amber-950",
  not_issued: "border-slate-500 bg-slate-100 text-slate-900",
};

const BADGE =
  "inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold";

type PermitStatusBadgesProps = {
  current: CurrentPermit;
  /** Only what changes made of the permit (voided, corrected), as the history's rows add it. */
  onlyChanges?: boolean;
};

/** The permit's status now, in words, and whether it was corrected since it was issued. */
export function PermitStatusBadges({ current, onlyChanges = false }: PermitStatusBadgesProps) {
  const t = useMessages(changeMessages);
  const showStatus = !onlyChanges || current.status === "voided";
  return (
    <>
      {showStatus && (
        <span className={classNames(BADGE, TONES[current.status])}>
          {current.status === "voided" && <span aria-hidden="true">⊘ </span>}
          {current.status === "unconfirmed" && <span aria-hidden="true">⚠ </span>}
          {t("status", { status: current.status })}
        </span>
      )}
      {current.corrected && (
        <span className={classNames(BADGE, "border-blue-700 bg-blue-50 text-blue-900")}>
          {t("corrected")}
        </span>
      )}
    </>
  );
}
