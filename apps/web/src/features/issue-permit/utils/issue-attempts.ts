import type { PermitDraft } from "@permit-desk/schema";
import { nextSubmission, type Submission } from "./submission.ts";

/** What the form remembers of its attempts to issue a permit, until one is issued. */
export type IssueAttempts = {
  /** The last submission sent: the same draft sent again, or a retry, goes under its key. */
  last: Submission | undefined;
  /** The submission OPSCOM did not confirm, while its outcome is on screen. */
  unconfirmed: Submission | undefined;
};

export const NO_ATTEMPTS: IssueAttempts = { last: undefined, unconfirmed: undefined };

/** How an attempt ended, as far as the next one is concerned. */
export type AttemptOutcome = "issued" | "unconfirmed" | "failed";

export type IssueDecision =
  | { action: "send"; submission: Submission }
  | { action: "hold"; unconfirmed: Submission };

/**
 * What pressing Issue does with a draft. A plate whose last permit OPSCOM did not confirm is
 * held, whatever else changed: the permit may exist, and only staff who checked OPSCOM can say
 * otherwise ("Checked: not in OPSCOM"), which is the one way to a new key for that plate.
 */
export function decideIssue(
  attempts: IssueAttempts,
  draft: PermitDraft,
  newKey: () => string,
): IssueDecision {
  const { last, unconfirmed } = attempts;
  if (unconfirmed && unconfirmed.draft.plate === draft.plate)
    return { action: "hold", unconfirmed };
  return { action: "send", submission: nextSubmission(last, draft, newKey) };
}

/** What the form remembers once a submission's answer came. */
export function afterAttempt(submission: Submission, outcome: AttemptOutcome): IssueAttempts {
  switch (outcome) {
    case "issued":
      return NO_ATTEMPTS;
    case "unconfirmed":
      return { last: submission, unconfirmed: submission };
    case "failed":
      return { last: submission, unconfirmed: undefined };
  }
}

/**
 * The submission "Try again" sends: exactly the one whose answer was lost, under its key,
 * whatever the form or the clock did since. Nothing, when there is nothing to retry.
 */
export function retryOf(attempts: IssueAttempts): Submission | undefined {
  return attempts.unconfirmed ? undefined : attempts.last;
}
