import type { ApiProblem } from "../../../lib/api-problem.ts";

/**
 * What the user should do next:
 * - `try-again`: send the same submission again (same idempotency key, so never a second permit);
 * - `check-opscom`: the permit may exist; look it up before issuing it again;
 * - `fix`: change something first.
 */
export type NextStep = "try-again" | "check-opscom" | "fix";

export type IssueFailure = {
  title: string;
  message: string;
  advice?: string;
  nextStep: NextStep;
  /** The journal entry where staff record what OPSCOM shows, for `check-opscom`. */
  journalId?: string;
};

const ANSWER_LOST =
  "The permit may or may not have been issued. Try again: the same request never issues a second permit.";

const RETRYABLE_STATUSES = new Set([409, 429, 500, 502, 503, 504]);

function describeClientProblem(problem: ApiProblem): IssueFailure {
  const { status, message } = problem;
  if (status !== undefined && !RETRYABLE_STATUSES.has(status)) {
    return { title: "The permit was not issued", message, nextStep: "fix" };
  }
  return {
    title: "No usable answer from Permit Desk",
    message,
    advice: ANSWER_LOST,
    nextStep: "try-again",
  };
}

export function describeIssueFailure(problem: ApiProblem): IssueFailure {
  const { message } = problem;
  switch (problem.code) {
    case "opscom_unconfirmed":
      return {
        title: "Check OPSCOM before issuing this permit again",
        message,
        advice: "Issuing it again without checking could create a second permit.",
        nextStep: "check-opscom",
        journalId: problem.journalId,
      };
    case "opscom_unreachable":
      return { title: "OPSCOM could not be reached", message, nextStep: "try-again" };
    case "internal":
      return {
        title: "Permit Desk ran into a problem",
        message,
        advice: ANSWER_LOST,
        nextStep: "try-again",
      };
    case "network":
    case "timeout":
    case "unexpected_response":
      return describeClientProblem(problem);
    case "forbidden":
      return { title: "You are not allowed to issue this permit", message, nextStep: "fix" };
    default:
      return { title: "The permit was not issued", message, nextStep: "fix" };
  }
}
