import type { PermitDraft } from "@permit-desk/schema";

/** One attempt to issue a permit: the draft and the idempotency key that names it at the BFF. */
export type Submission = { draft: PermitDraft; idempotencyKey: string };

function sameDraft(a: PermitDraft, b: PermitDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The submission for a draft. Sending the same draft again after an unsettled attempt
 * (lost answer, double submit, OPSCOM unconfirmed) reuses its key, so the BFF answers
 * from its record instead of issuing a second permit; a changed draft gets a new key.
 */
export function nextSubmission(
  previous: Submission | undefined,
  draft: PermitDraft,
  newKey: () => string,
): Submission {
  if (previous && sameDraft(previous.draft, draft)) return previous;
  return { draft, idempotencyKey: newKey() };
}
