import { type IssuedPermit, issuedPermitSchema } from "@permit-desk/schema";
import { mutationOptions, useMutation } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { permitsQueryKey } from "../../../lib/permits-query-key.ts";
import type { Submission } from "../utils/submission.ts";

/** The page waits for the BFF's own OPSCOM deadline, plus this margin for the BFF itself. */
const BFF_MARGIN_MS = 10_000;

export type IssuePermitVariables = { submission: Submission; opscomTimeoutMs: number };

export function issuePermit({
  submission,
  opscomTimeoutMs,
}: IssuePermitVariables): Promise<IssuedPermit> {
  return apiRequest("/api/permits", {
    method: "POST",
    body: submission.draft,
    headers: { "Idempotency-Key": submission.idempotencyKey },
    schema: issuedPermitSchema,
    timeoutMs: opscomTimeoutMs + BFF_MARGIN_MS,
  });
}

export function issuePermitMutationOptions() {
  return mutationOptions({ mutationKey: [...permitsQueryKey, "issue"], mutationFn: issuePermit });
}

export function useIssuePermit() {
  return useMutation(issuePermitMutationOptions());
}
