import type { ApiError, IssuedPermit, PermitDraft } from "@permit-desk/schema";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { apiError } from "../http/api-error.ts";
import { fieldOfRefusal, refusalParams } from "../opscom/field-errors.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";

type Response =
  | { status: 201; body: IssuedPermit }
  | { status: Exclude<ContentfulStatusCode, 201>; body: ApiError };

/** The answer for an unconfirmed permit, whose entry staff must check. */
export function unconfirmedAnswer(journalId: string, timedOut = false) {
  return {
    status: timedOut ? (504 as const) : (502 as const),
    body: apiError("opscom_unconfirmed", { code: "permit_not_confirmed" }, { journalId }),
  };
}

/** How the browser hears of an outcome: 201, a refusal it can act on, or a clear "we don't know". */
export function outcomeResponse(
  draft: PermitDraft,
  outcome: OpscomOutcome,
  journalId: string,
): Response {
  switch (outcome.kind) {
    case "issued":
      return { status: 201, body: { referenceId: outcome.referenceId, journalId, ...draft } };
    case "rejected": {
      const refusal = {
        code: "permit_refused",
        params: refusalParams(outcome.errorCode, outcome.errorMessage),
      } as const;
      const field = fieldOfRefusal(outcome.errorCode, outcome.errorMessage);
      const codeExtra =
        outcome.errorCode === undefined ? {} : { opscomErrorCode: outcome.errorCode };
      const isRequestProblem = field !== undefined || (outcome.errorCode ?? 0) >= 9004;
      return {
        status: isRequestProblem ? 422 : 502,
        body: apiError("opscom_rejected", refusal, {
          ...codeExtra,
          ...(field && { fieldErrors: { [field]: [refusal] } }),
        }),
      };
    }
    case "unknown":
      return unconfirmedAnswer(journalId, outcome.reason === "timeout");
    case "not_sent":
      return {
        status: 502,
        body: apiError("opscom_unreachable", { code: "permit_opscom_unreachable" }),
      };
  }
}
