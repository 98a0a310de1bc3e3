import type { PermitChangeInput } from "@permit-desk/schema";
import type { ChangeSubmission } from "../../lib/permit-change.ts";

function sameChange(a: ChangeSubmission, permitId: string, input: PermitChangeInput): boolean {
  return a.permitId === permitId && JSON.stringify(a.input) === JSON.stringify(input);
}

/**
 * The submission for a change. The same change sent again after an attempt whose answer did not
 * settle it (lost, unconfirmed, refused) goes under that attempt's key, so the BFF answers from
 * its record instead of making it twice; any other change gets a new key.
 */
export function nextChangeSubmission(
  previous: ChangeSubmission | undefined,
  permitId: string,
  input: PermitChangeInput,
  newKey: () => string,
): ChangeSubmission {
  if (previous && sameChange(previous, permitId, input)) return previous;
  return { permitId, input, idempotencyKey: newKey() };
}
