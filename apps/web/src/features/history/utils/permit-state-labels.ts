import type { PermitReconciliation, PermitState } from "@permit-desk/schema";

type Finding = PermitReconciliation["finding"];

/** What staff read for each state, on its badge and in the state filter. */
export const PERMIT_STATE_LABELS: Record<PermitState, string> = {
  pending: "Being sent",
  issued: "Issued",
  rejected: "Refused by OPSCOM",
  unknown: "Not confirmed",
  not_sent: "Not sent",
};

/** What each state means for the permit, in one sentence. */
export const PERMIT_STATE_MEANINGS: Record<PermitState, string> = {
  pending: "Permit Desk is sending this permit to OPSCOM.",
  issued: "OPSCOM issued this permit.",
  rejected: "OPSCOM refused this permit: it does not exist.",
  unknown: "OPSCOM did not confirm — this permit may or may not exist.",
  not_sent: "OPSCOM could not be reached: nothing was sent, the permit does not exist.",
};

export const FINDING_LABELS: Record<Finding, string> = {
  exists: "It exists in OPSCOM",
  absent: "It does not exist in OPSCOM",
};

/** A staff finding, short, as the history shows it beside the state. */
export function findingSummary(finding: Finding): string {
  return finding === "exists" ? "Checked: found in OPSCOM" : "Checked: not in OPSCOM";
}
