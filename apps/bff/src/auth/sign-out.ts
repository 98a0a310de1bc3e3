import type { AuditTrail } from "../audit/audit-trail.ts";
import type { User } from "../users/user.ts";
import type { Sessions } from "./sessions.ts";

/** Ends the session this token opened and records it; true when there was one. */
export async function signOut(
  deps: { sessions: Sessions; audit: AuditTrail },
  user: User,
  token: string,
): Promise<boolean> {
  const ended = await deps.sessions.revoke(token);
  if (ended) {
    await deps.audit.record({
      actor: { userId: user.id, label: user.username },
      action: "auth.sign_out",
      subject: { type: "user", id: user.id },
    });
  }
  return ended;
}
