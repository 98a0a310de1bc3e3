import type { IssuedPermit, PermitDraft } from "@permit-desk/schema";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import {
  type AttemptOutcome,
  afterAttempt,
  decideIssue,
  type IssueAttempts,
  NO_ATTEMPTS,
} from "./issue-attempts.ts";
import type { Submission } from "./submission.ts";

/** How one plate of a submission for several plates ended. */
export type PlateOutcome =
  | { plate: string; status: "issued"; permit: IssuedPermit }
  | { plate: string; status: "held" }
  | { plate: string; status: "failed" | "unconfirmed"; problem: ApiProblem };

/** Each plate's attempts, so a plate keeps its key and its hold whatever happens to the others. */
export type AttemptsByPlate = ReadonlyMap<string, IssueAttempts>;

export type PlateSend = (submission: Submission) => Promise<IssuedPermit>;

function outcomeOf(problem: ApiProblem): Exclude<AttemptOutcome, "issued"> {
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
  options: { send: PlateSend; newKey: () => string; problemOf: (error: unknown) => ApiProblem },
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
