import type { ApiProblem } from "../../../lib/api-problem.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import type { IssuePermitT } from "../messages.ts";

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

const RETRYABLE_STATUSES = new Set([409, 429, 500, 502, 503, 504]);

function describeClientProblem(
  problem: ApiProblem,
  message: string,
  t: IssuePermitT,
): IssueFailure {
  const { status } = problem;
  if (status !== undefined && !RETRYABLE_STATUSES.has(status)) {
    return { title: t("failNotIssued"), message, nextStep: "fix" };
  }
  return { title: t("failNoAnswer"), message, advice: t("answerLost"), nextStep: "try-again" };
}

/**
 * What to tell staff about a failed attempt, in their language. `messageOf` words the problem
 * itself in it (the BFF's codes included).
 */
export function describeIssueFailure(
  problem: ApiProblem,
  t: IssuePermitT,
  messageOf: (problem: ApiProblem) => string = (problem) => problemText(problem, "en-CA"),
): IssueFailure {
  const message = messageOf(problem);
  switch (problem.code) {
    case "opscom_unconfirmed":
      return {
        title: t("failCheckOpscom"),
        message,
        advice: t("failCheckOpscomAdvice"),
        nextStep: "check-opscom",
        journalId: problem.journalId,
      };
    case "opscom_unreachable":
      return { title: t("failUnreachable"), message, nextStep: "try-again" };
    case "draining":
      return {
        title: t("failRestarting"),
        message,
        advice: t("restartingAdvice"),
        nextStep: "try-again",
      };
    case "internal":
      return {
        title: t("failInternal"),
        message,
        advice: t("answerLost"),
        nextStep: "try-again",
      };
    case "network":
    case "timeout":
    case "unexpected_response":
      return describeClientProblem(problem, message, t);
    case "forbidden":
      return { title: t("failForbidden"), message, nextStep: "fix" };
    default:
      return { title: t("failNotIssued"), message, nextStep: "fix" };
  }
}
