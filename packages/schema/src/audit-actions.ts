// A module of its own: only the audit page uses the list, and a module travels whole with
// whichever of the web app's scripts first needs any of it.

/** The actions the audit trail records, as the BFF stores them and the audit API names them. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_out",
  "permit.issue",
  "permit.update",
  "permit.void",
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
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
