import type { AuditAction } from "@permit-desk/schema";

/** Who did it: a signed-in user, or something else named by its label ("cli", "ZONES"). */
export type Actor = { userId: string | null; label: string };

export type FieldChange = { before: unknown; after: unknown };
/** What changed, field by field; never a password or its hash. */
export type Changes = Record<string, FieldChange>;

export type AuditEventInput = {
  actor: Actor;
  action: AuditAction;
  subject?: { type: string; id: string | null };
  changes?: Changes;
  detail?: Record<string, unknown>;
};

export type AuditEvent = {
  id: string;
  at: Date;
  actor: Actor;
  action: AuditAction;
  subject: { type: string; id: string | null } | undefined;
  changes: Changes | undefined;
  detail: Record<string, unknown> | undefined;
};
