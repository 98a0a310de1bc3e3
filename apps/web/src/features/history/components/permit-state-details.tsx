import type { PermitSummary } from "@permit-desk/schema";
import { findingSummary, PERMIT_STATE_MEANINGS } from "../utils/permit-state-labels.ts";
import { PermitStateBadge } from "./permit-state-badge.tsx";

type PermitStateDetailsProps = { permit: Pick<PermitSummary, "state" | "finding"> };

/** The badge, and for a permit OPSCOM did not confirm, what that means and what staff found. */
export function PermitStateDetails({ permit }: PermitStateDetailsProps) {
  return (
    <div className="space-y-1">
      <PermitStateBadge state={permit.state} />
      {permit.state === "unknown" && (
        <p className="text-sm text-amber-950">{PERMIT_STATE_MEANINGS.unknown}</p>
      )}
      {permit.finding && (
        <p className="text-sm font-semibold text-slate-900">{findingSummary(permit.finding)}</p>
      )}
    </div>
  );
}
