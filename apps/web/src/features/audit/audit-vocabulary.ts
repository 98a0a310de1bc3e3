/**
 * What the audit trail records, as the BFF names it: subjects, fields of changes and details,
 * and the enumerated values among them. Anything else reads as it was recorded.
 */
export const AUDIT_SUBJECTS = ["permit", "user", "template", "zone", "setting"] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];

export const AUDIT_FIELDS = [
  // Users.
  "username",
  "displayName",
  "role",
  "zones",
  "disabled",
  // Zones and templates.
  "name",
  "zone",
  "active",
  "duration",
  "amount",
  "currency",
  "permitNumberPattern",
  "position",
  // Permits and their changes.
  "journalId",
  "outcome",
  "reason",
  "plate",
  "validFrom",
  "validUntil",
  "permitNo",
  // Sign-ins and sessions.
  "sessionId",
  "ip",
  "firstRun",
  "sessionsEnded",
  // Failed sign-ins, counted per address and hour.
  "failures",
  "usernames",
  "otherUsernames",
  "lastFailureAt",
  "addressLimitReached",
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** What OPSCOM made of a permit or of a change to one. */
export const AUDIT_OUTCOMES = [
  "pending",
  "issued",
  "applied",
  "rejected",
  "unknown",
  "not_sent",
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Why a sign-in was refused, as only the trail says. */
export const SIGN_IN_FAILURES = [
  "unknown_username",
  "wrong_password",
  "disabled",
  "throttled",
] as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[number];

/** Actors that are Permit Desk itself rather than a member. */
export const SYSTEM_ACTORS = ["first-run set-up", "ZONES", "cli"] as const;
export type SystemActor = (typeof SYSTEM_ACTORS)[number];

/** The permit actions, each worded by what OPSCOM made of it. */
export const PERMIT_ACTIONS = ["permit.issue", "permit.update", "permit.void"] as const;
export type PermitAction = (typeof PERMIT_ACTIONS)[number];
/** `done` is `issued` for a permit and `applied` for a change; `submitted` when not known. */
export type PermitEventOutcome = "submitted" | "done" | "rejected" | "unknown" | "not_sent";

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((known) => known === value);
}
