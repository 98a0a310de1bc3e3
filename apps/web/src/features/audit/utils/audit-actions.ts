import { AUDIT_ACTIONS, type AuditAction, type AuditEvent } from "@permit-desk/schema";
import type { AuditWords } from "../messages.ts";
import { isOneOf, PERMIT_ACTIONS, type PermitEventOutcome } from "./audit-vocabulary.ts";
import { keyAsWords } from "./key-as-words.ts";

/** What OPSCOM made of a permit action, from the outcome its event records. */
function permitEventOutcome(outcome: unknown): PermitEventOutcome {
  if (outcome === "issued" || outcome === "applied") return "done";
  if (outcome === "rejected" || outcome === "unknown" || outcome === "not_sent") return outcome;
  return "submitted";
}

/**
 * "zone.create" → "Zone added"; a permit action by what became of it ("Permit refused by
 * OPSCOM"), as a refused submission is no permit issued; an action not known here as its words.
 */
export function describeAction(
  event: Pick<AuditEvent, "action" | "detail">,
  t: AuditWords,
): string {
  const { action } = event;
  if (isOneOf(PERMIT_ACTIONS, action)) {
    return t("permitEvent", { action, outcome: permitEventOutcome(event.detail?.outcome) });
  }
  return isOneOf<AuditAction>(AUDIT_ACTIONS, action) ? t(action) : keyAsWords(action);
}
