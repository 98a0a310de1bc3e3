import type { IssuedPermit, PermitDraft } from "@permit-desk/schema";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { type Keyed, nextKeyed } from "../../../lib/idempotency-key.ts";

/** One attempt to issue a permit: the draft and the idempotency key that names it at the BFF. */
export type Submission = Keyed<{ draft: PermitDraft }>;

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
  return { action: "send", submission: nextKeyed(last, { draft }, newKey) };
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

/** How one plate of a submission for several plates ended. */
export type PlateOutcome =
  | { plate: string; status: "issued"; permit: IssuedPermit }
  | { plate: string; status: "held" }
  | { plate: string; status: "failed" | "unconfirmed"; problem: ApiProblem };

/** Each plate's attempts, so a plate keeps its key and its hold whatever happens to the others. */
export type AttemptsByPlate = ReadonlyMap<string, IssueAttempts>;

/** How a failed attempt ended, as far as the next one is concerned. */
export function outcomeOf(problem: ApiProblem): Exclude<AttemptOutcome, "issued"> {
  return problem.code === "opscom_unconfirmed" ? "unconfirmed" : "failed";
}

/**
 * Issues one permit per draft, all at once, each under its own idempotency key and by the same
 * rules as a single permit: a plate OPSCOM did not confirm is held, not sent again; a draft sent
 * again unchanged reuses its key, so the BFF answers from its record.
 */
export async function issueSeveral(
  drafts: readonly PermitDraft[],
  attempts: AttemptsByPlate,
  options: {
    send: (submission: Submission) => Promise<IssuedPermit>;
    newKey: () => string;
    problemOf: (error: unknown) => ApiProblem;
  },
): Promise<{ outcomes: PlateOutcome[]; attempts: AttemptsByPlate }> {
  const next = new Map(attempts);
  const outcomes = await Promise.all(
    drafts.map(async (draft): Promise<PlateOutcome> => {
      const { plate } = draft;
      const decision = decideIssue(attempts.get(plate) ?? NO_ATTEMPTS, draft, options.newKey);
      if (decision.action === "hold") return { plate, status: "held" };
      try {
        const permit = await options.send(decision.submission);
        next.delete(plate);
        return { plate, status: "issued", permit };
      } catch (error) {
        const problem = options.problemOf(error);
        const status = outcomeOf(problem);
        next.set(plate, afterAttempt(decision.submission, status));
        return { plate, status, problem };
      }
    }),
  );
  return { outcomes, attempts: next };
}

/** The plates still to deal with after a submission: all but those issued, in their order. */
export function platesLeft(outcomes: readonly PlateOutcome[]): string[] {
  return outcomes.filter((outcome) => outcome.status !== "issued").map(({ plate }) => plate);
}

/** Staff checked OPSCOM for these plates: they may be issued again under new keys. */
export function releaseHeld(attempts: AttemptsByPlate, plates: readonly string[]): AttemptsByPlate {
  const next = new Map(attempts);
  for (const plate of plates) next.delete(plate);
  return next;
}
