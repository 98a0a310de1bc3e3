/** The actions the trail records, as the audit API names them, in words. */
export const AUDIT_ACTION_LABELS: ReadonlyArray<readonly [action: string, label: string]> = [
  ["auth.sign_in", "Signed in"],
  ["auth.sign_in_failed", "Sign-in refused"],
  ["auth.sign_out", "Signed out"],
  ["permit.issue", "Permit issued"],
  ["user.create", "User added"],
  ["user.update", "User changed"],
  ["user.password_change", "Password changed"],
  ["user.sessions_end", "Sessions ended"],
  ["zone.create", "Zone added"],
  ["zone.update", "Zone changed"],
  ["setting.update", "Setting changed"],
];

const LABELS = new Map(AUDIT_ACTION_LABELS);

/** "zone.create" → "Zone added"; an action this page does not know yet reads as its words. */
export function describeAction(action: string): string {
  return LABELS.get(action) ?? action.replace(/[._]/g, " ");
}
