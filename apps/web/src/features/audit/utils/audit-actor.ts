import type { AuditEvent } from "@permit-desk/schema";
import type { AuditWords } from "../messages.ts";
import { isOneOf, SYSTEM_ACTORS } from "./audit-vocabulary.ts";

/** Who did it: a member by their username, Permit Desk itself in words ("First-run set-up"). */
export function actorLabel(event: Pick<AuditEvent, "actor" | "system">, t: AuditWords): string {
  const { actor } = event;
  return event.system === true && isOneOf(SYSTEM_ACTORS, actor)
    ? t("systemActor", { actor })
    : actor;
}
