import type { Problem } from "@permit-desk/schema";
import * as z from "zod/mini";
import { apiError } from "../http/api-error.ts";
import type { ChangeEntry } from "../journal/change-entry.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { type DisplayNames, toPermitRecord } from "../journal/to-api.ts";
import type { WriteAnswer as ChangeAnswer } from "../journal/write-stores.ts";
import { fieldOfRefusal, refusalParams } from "../opscom/field-errors.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";

/** The record is kept under the key as JSON; what the journal read back is JSON already. */
const jsonValueSchema = z.json();

/** A refused change as staff hear of it, the two codes only changes meet by their own names. */
function changeRefusal(code: number | undefined, message: string): Problem {
  if (code === 9009) return { code: "change_refused_no_record" };
  if (code === 9008) return { code: "change_refused_no_reference" };
  return { code: "change_refused", params: refusalParams(code, message) };
}

/** The answer for an unconfirmed change, whose entry staff must check. */
export function unconfirmedChangeAnswer(changeId: string, timedOut = false): ChangeAnswer {
  return {
    status: timedOut ? 504 : 502,
    body: apiError("opscom_unconfirmed", { code: "change_not_confirmed" }, { journalId: changeId }),
  };
}

/**
 * How the browser hears of a change's outcome: 201 with the permit's record as the change left
 * it, a refusal it can act on, or a clear "we don't know" naming the change's entry.
 */
export function changeResponse(
  outcome: ChangeOutcome,
  changeId: string,
  recorded: { permit: JournalEntry; changes: ChangeEntry[]; names: DisplayNames },
): ChangeAnswer {
  switch (outcome.kind) {
    case "applied":
      return {
        status: 201,
        body: jsonValueSchema.parse(
          toPermitRecord(recorded.permit, recorded.changes, recorded.names),
        ),
      };
    case "rejected": {
      const refusal = changeRefusal(outcome.errorCode, outcome.errorMessage);
      const field = fieldOfRefusal(outcome.errorCode, outcome.errorMessage);
      const isRequestProblem = field !== undefined || (outcome.errorCode ?? 0) >= 9004;
      return {
        status: isRequestProblem ? 422 : 502,
        body: apiError("opscom_rejected", refusal, {
          ...(outcome.errorCode !== undefined && { opscomErrorCode: outcome.errorCode }),
          ...(field && { fieldErrors: { [field]: [refusal] } }),
          journalId: changeId,
        }),
      };
    }
    case "unknown":
      return unconfirmedChangeAnswer(changeId, outcome.reason === "timeout");
    case "not_sent":
      return {
        status: 502,
        body: apiError("opscom_unreachable", { code: "change_opscom_unreachable" }),
      };
  }
}
