import { canonicalizeNames, permitDeleteWireSchema, REFERENCE_ID_NAMES } from "@permit-desk/schema";
import type { AuthorizedRequest } from "./authorized-request.ts";
import { withoutBlankValues } from "./blank-values.ts";
import { conflictError } from "./conflicts.ts";
import { type OpscomAnswer, opscomError, opscomSuccess } from "./opscom-answer.ts";
import type { PermitStore } from "./permit-store.ts";
import { errorOfIssues } from "./wire-issues.ts";

const DELETE_FIELD_NAMES = { apiToken: ["apiToken"], referenceID: REFERENCE_ID_NAMES };

/** `POST /api/{client}/v1/permits/delete`: archives the permit; it is never purged. */
export function deletePermit(request: AuthorizedRequest, store: PermitStore): OpscomAnswer {
  const { body, conflicts } = canonicalizeNames(
    withoutBlankValues(request.body),
    DELETE_FIELD_NAMES,
  );
  const conflict = conflictError(conflicts);
  if (conflict) return conflict;
  const parsed = permitDeleteWireSchema.safeParse(body);
  if (!parsed.success) return errorOfIssues(parsed.error.issues, body);
  const { referenceID } = parsed.data;
  if (!store.findLive(request.clientCode, referenceID)) {
    return opscomError(9009, `referenceID ${referenceID} matches no permit.`);
  }
  store.delete(referenceID);
  return opscomSuccess(referenceID);
}
