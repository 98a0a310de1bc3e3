import { canonicalizePermitBody, permitCreateWireSchema } from "@permit-desk/schema";
import type { AuthorizedRequest } from "./authorized-request.ts";
import { withoutBlankValues } from "./blank-values.ts";
import { conflictError } from "./conflicts.ts";
import { type OpscomAnswer, opscomSuccess } from "./opscom-answer.ts";
import type { PermitStore } from "./permit-store.ts";
import { timeOrderError } from "./time-order.ts";
import { errorOfIssues } from "./wire-issues.ts";

/** `POST /api/{client}/v1/permits/push`: validates like OPSCOM, then stores the permit. */
export function createPermit(request: AuthorizedRequest, store: PermitStore): OpscomAnswer {
  const { body, conflicts } = canonicalizePermitBody(withoutBlankValues(request.body));
  const conflict = conflictError(conflicts);
  if (conflict) return conflict;
  const parsed = permitCreateWireSchema.safeParse(body);
  if (!parsed.success) return errorOfIssues(parsed.error.issues, body);
  const { apiToken: _token, ...permit } = parsed.data;
  const orderError = timeOrderError(permit.startTime, permit.endTime);
  if (orderError) return orderError;
  return opscomSuccess(store.create(request.clientCode, permit).referenceId);
}
