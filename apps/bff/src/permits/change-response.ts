import { describeOpscomErrorCode } from "@permit-desk/schema";
import * as z from "zod/mini";
import { apiError } from "../http/api-error.ts";
import type { ChangeEntry } from "../journal/change-entry.ts";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { type DisplayNames, toPermitRecord } from "../journal/to-api.ts";
import { fieldOfRefusal } from "../opscom/field-errors.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";
import type { WriteAnswer as ChangeAnswer } from "../opscom-writes/write-stores.ts";

/** The record is kept under the key as JSON; what the journal read back is JSON already. */
const jsonValueSchema = z.json();

export const CHANGE_UNCONFIRMED_MESSAGE =
  "OPSCOM did not confirm — the change may or may not have been made. Check OPSCOM before trying again.";

/** A sentence for staff on a refused change, the two codes only changes meet said plainly. */
function describeChangeRefusal(code: number | undefined, message: string): string {
  if (code === 9009) {
    return "OPSCOM has no permit under this reference (9009): it may have been voided in OPSCOM already. Nothing was changed.";
  }
  if (code === 9008) {
    return "OPSCOM did not receive the permit's reference (9008). Nothing was changed.";
  }
  const reason =
    message.trim() ||
    (code === undefined ? "OPSCOM refused the change." : describeOpscomErrorCode(code));
  return code === undefined
    ? `OPSCOM refused the change: ${reason}`
    : `OPSCOM refused the change (${code}): ${reason}`;
}

/** The answer for an unconfirmed change, whose entry staff must check. */
export function unconfirmedChangeAnswer(changeId: string, timedOut = false): ChangeAnswer {
  return {
    status: timedOut ? 504 : 502,
    body: apiError("opscom_unconfirmed", CHANGE_UNCONFIRMED_MESSAGE, { journalId: changeId }),
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
      const message = describeChangeRefusal(outcome.errorCode, outcome.errorMessage);
      const field = fieldOfRefusal(outcome.errorCode, outcome.errorMessage);
      const isRequestProblem = field !== undefined || (outcome.errorCode ?? 0) >= 9004;
      return {
        status: isRequestProblem ? 422 : 502,
        body: apiError("opscom_rejected", message, {
          ...(outcome.errorCode !== undefined && { opscomErrorCode: outcome.errorCode }),
          ...(field && { fieldErrors: { [field]: [message] } }),
          journalId: changeId,
        }),
      };
    }
    case "unknown":
      return unconfirmedChangeAnswer(changeId, outcome.reason === "timeout");
    case "not_sent":
      return {
        status: 502,
        body: apiError(
          "opscom_unreachable",
          "OPSCOM could not be reached, so nothing was changed. Try again in a moment.",
        ),
      };
  }
}
