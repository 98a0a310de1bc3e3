import type { PermitChangeInput, PermitRecord } from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "./api-client.ts";
import type { ApiProblem } from "./api-problem.ts";

/**
 * Every query about permits sits under `["permits"]`, shared by the pages that change permits and
 * the history that lists them, so that one invalidation after a change refreshes them all.
 */
export const permitQueryKeys = {
  all: ["permits"] as const,
  list: (filters: object) => [...permitQueryKeys.all, "list", filters] as const,
  record: (id: string) => [...permitQueryKeys.all, "record", id] as const,
  activeForPlate: (plate: string) => [...permitQueryKeys.all, "active", plate] as const,
};

/** One attempt to change a permit: what is asked, and the key that names it at the BFF. */
export type ChangeSubmission = {
  /** The journal id of the permit's create entry. */
  permitId: string;
  input: PermitChangeInput;
  idempotencyKey: string;
};

/** The page waits for the BFF's own OPSCOM deadline, plus this margin for the BFF itself. */
export const BFF_MARGIN_MS = 10_000;

export type PermitChangeVariables = { submission: ChangeSubmission; opscomTimeoutMs: number };

/** Corrects, extends or voids a permit; the BFF answers with the record as the change left it. */
export function sendPermitChange({
  submission,
  opscomTimeoutMs,
}: PermitChangeVariables): Promise<PermitRecord> {
  return callApi(permitEndpoints.changePermit, {
    params: { id: submission.permitId },
    body: submission.input,
    idempotencyKey: submission.idempotencyKey,
    timeoutMs: opscomTimeoutMs + BFF_MARGIN_MS,
  });
}

/**
 * A change to a permit's record, named `name` under `["permits"]`; the BFF answers with the whole
 * record as the change left it. Whatever the outcome, every permit query is read again: a change
 * OPSCOM did not confirm is in the chain too, and the permit waits on it.
 */
export function useRecordChange<Variables>(
  name: string,
  mutationFn: (variables: Variables) => Promise<PermitRecord>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...permitQueryKeys.all, name],
    mutationFn,
    onSuccess: (record) => {
      queryClient.setQueryData(permitQueryKeys.record(record.id), record);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: permitQueryKeys.all }),
        // What the plate checks said (a permit valid now, a look-alike) may have changed with it:
        // an Undo leaves no permit valid for the plate.
        queryClient.invalidateQueries({ queryKey: ["plates"] }),
      ]),
  });
}

/** Corrects, extends or voids a permit (an Undo too). */
export function useChangePermit() {
  return useRecordChange("change", sendPermitChange);
}

/** Statuses of an answer that does not say no: a proxy's error page, a busy server. */
const RETRYABLE_STATUSES = new Set([409, 429, 500, 502, 503, 504]);

/**
 * What a failed permit or change leaves staff to do, on every page that sends one:
 * - `retry`: nothing was done (Permit Desk was restarting, say), or the answer was lost on the
 *   way: send it again under its key;
 * - `unconfirmed`: OPSCOM did not confirm; sending it again under its key only asks what is known;
 * - `refused`: the BFF or OPSCOM said no; something must change first.
 */
export type ChangeFailureKind = "retry" | "unconfirmed" | "refused";

export function changeFailureKind(problem: ApiProblem): ChangeFailureKind {
  switch (problem.code) {
    case "opscom_unconfirmed":
      return "unconfirmed";
    case "network":
    case "timeout":
    case "opscom_unreachable":
    case "idempotency_in_progress":
    case "draining":
    case "internal":
      return "retry";
    case "unexpected_response":
      return problem.status === undefined || RETRYABLE_STATUSES.has(problem.status)
        ? "retry"
        : "refused";
    default:
      return "refused";
  }
}
