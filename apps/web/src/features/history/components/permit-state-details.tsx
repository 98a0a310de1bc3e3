import type { PermitSummary } from "@permit-desk/schema";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { historyMessages } from "../messages.ts";
import { PermitStateBadge } from "./permit-state-badge.tsx";

type PermitStateDetailsProps = { permit: Pick<PermitSummary, "state" | "finding"> };

/** The badge, and for a permit OPSCOM did not confirm, what that means and what staff found. */
export function PermitStateDetails({ permit }: PermitStateDetailsProps) {
  const t = useMessages(historyMessages);
  return (
    <div className="space-y-1">
      <PermitStateBadge state={permit.state} />
      {permit.state === "unknown" && (
        <p className="text-sm text-amber-950">{t("stateMeaning", { state: "unknown" })}</p>
      )}
      {permit.finding && (
        <p className="text-sm font-semibold text-slate-900">
          {t("findingSummary", { finding: permit.finding })}
        </p>
      )}
    </div>
  );
}
