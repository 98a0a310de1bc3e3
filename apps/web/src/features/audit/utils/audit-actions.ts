import type { AuditWords } from "../messages.ts";

/** The actions the trail records, as the audit API names them. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "permit.issue",
  "user.create",
  "user.update",
  "user.password_change",
  "user.sessions_end",
  "zone.create",
  "zone.update",
  "template.create",
  "template.update",
  "setting.update",
] as const;

type AuditAction = (typeof AUDIT_ACTIONS)[number];

function isKnownAction(action: string): action is AuditAction {
  return AUDIT_ACTIONS.some((known) => known === action);
}

/** "zone.create" → "Zone added"; an action this page does not know yet reads as its words. */
export function describeAction(action: string, t: AuditWords): string {
  return isKnownAction(action) ? t(action) : action.replace(/[._]/g, " ");
}
