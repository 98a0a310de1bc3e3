import { canonicalizeUpdateBody, permitUpdateWireSchema } from "@permit-desk/schema";
import type { AuthorizedRequest } from "./authorized-request.ts";
import { withoutBlankValues } from "./blank-values.ts";
import { conflictError } from "./conflicts.ts";
import { type OpscomAnswer, opscomError, opscomSuccess } from "./opscom-answer.ts";
import type { PermitStore } from "./permit-store.ts";
import { timeOrderError } from "./time-order.ts";
import { errorOfIssues } from "./wire-issues.ts";

/** `POST /api/{client}/v1/permits/update`: changes the fields given, keeps the others. */
export function updatePermit(request: AuthorizedRequest, store: PermitStore): OpscomAnswer {
  const { body, conflicts } = canonicalizeUpdateBody(withoutBlankValues(request.body));
  const conflict = conflictError(conflicts);
  if (conflict) return conflict;
  const parsed = permitUpdateWireSchema.safeParse(body);
  if (!parsed.success) return errorOfIssues(parsed.error.issues, body);
  const { apiToken: _token, referenceID, ...changes } = parsed.data;
  const permit = store.findLive(request.clientCode, referenceID);
  if (!permit) return opscomError(9009, `referenceID ${referenceID} matches no permit.`);
  const updated = { ...permit.body, ...changes };
  const orderError = timeOrderError(updated.startTime, updated.endTime);
  if (orderError) return orderError;
  store.update(referenceID, updated, changes);
  return opscomSuccess(referenceID);
}
