import type { PermitSummary } from "@permit-desk/schema";
import {
  PermitStateBadge,
  PermitStatusBadges,
  permitStateMessages,
} from "../../components/permit-state.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { historyMessages } from "./messages.ts";

type PermitStateDetailsProps = {
  permit: Pick<PermitSummary, "state" | "finding" | "current">;
};

/**
 * The badge, and for a permit OPSCOM did not confirm, what that means and what staff found;
 * then what its changes made of it: voided, corrected, or a change waiting to be confirmed.
 */
export function PermitStateDetails({ permit }: PermitStateDetailsProps) {
  const t = useMessages(historyMessages);
  const states = useMessages(permitStateMessages);
  const { current } = permit;
  const changedSince = current.status === "voided" || current.corrected;
  const changeUnconfirmed = current.status === "unconfirmed" && permit.state !== "unknown";
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        <PermitStateBadge state={permit.state} />
        {changedSince && <PermitStatusBadges current={current} onlyChanges />}
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
