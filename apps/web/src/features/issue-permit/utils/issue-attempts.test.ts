import type { IssuedPermit, PermitDraft } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { type ApiProblem, plainProblem } from "../../../lib/api-problem.ts";
import {
  afterAttempt,
  decideIssue,
  type IssueAttempts,
  issueSeveral,
  NO_ATTEMPTS,
  platesLeft,
  releaseHeld,
  retryOf,
  type Submission,
} from "./issue-attempts.ts";

const draft: PermitDraft = {
  plate: "DUPE1",
  zone: "Lot 4",
  validFrom: "2026-07-15T09:00:00-04:00",
  validUntil: "2026-07-15T11:00:00-04:00",
};
/** The same permit a minute later, as default times that follow the clock would have it. */
const aMinuteLater: PermitDraft = {
  ...draft,
  validFrom: "2026-07-15T09:01:00-04:00",
  validUntil: "2026-07-15T11:01:00-04:00",
};
const sent: Submission = { draft, idempotencyKey: "k1" };

function keys(...values: string[]) {
  return () => values.shift() ?? "out of keys";
}

function sendOf(attempts: IssueAttempts, next: PermitDraft, newKey: () => string) {
  const decision = decideIssue(attempts, next, newKey);
  if (decision.action !== "send") throw new Error(`Expected a send, got ${decision.action}`);
  return decision.submission;
}

describe("decideIssue", () => {
  it("sends a first permit under a new key", () => {
    expect(decideIssue(NO_ATTEMPTS, draft, keys("k1"))).toEqual({
      action: "send",
      submission: { draft, idempotencyKey: "k1" },
    });
  });

  it("holds a plate OPSCOM did not confirm, even when its times moved on", () => {
    const attempts = afterAttempt(sent, "unconfirmed");
    expect(decideIssue(attempts, aMinuteLater, keys("k2"))).toEqual({
      action: "hold",
      unconfirmed: sent,
    });
  });

  it("holds a plate OPSCOM did not confirm, even in another zone", () => {
    const attempts = afterAttempt(sent, "unconfirmed");
    expect(decideIssue(attempts, { ...draft, zone: "Lot 5" }, keys("k2")).action).toBe("hold");
  });

  it("sends another plate while one is held, under a new key", () => {
    const attempts = afterAttempt(sent, "unconfirmed");
    expect(sendOf(attempts, { ...draft, plate: "OTHER1" }, keys("k2")).idempotencyKey).toBe("k2");
  });

  it("sends the held plate again under a new key only once staff checked OPSCOM", () => {
    // "Checked: not in OPSCOM" forgets the attempts.
    expect(sendOf(NO_ATTEMPTS, draft, keys("k2")).idempotencyKey).toBe("k2");
  });

  it("reuses the key when the same draft is sent again after a failure", () => {
    const attempts = afterAttempt(sent, "failed");
    expect(sendOf(attempts, { ...draft }, keys("k2"))).toBe(sent);
  });

  it("uses a new key for a changed draft after a failure", () => {
    const attempts = afterAttempt(sent, "failed");
    expect(sendOf(attempts, aMinuteLater, keys("k2")).idempotencyKey).toBe("k2");
  });

  it("uses a new key for the next permit once one was issued", () => {
    const attempts = afterAttempt(sent, "issued");
    expect(sendOf(attempts, draft, keys("k2")).idempotencyKey).toBe("k2");
  });
});

describe("retryOf", () => {
  it("retries exactly the submission whose answer was lost, under its key", () => {
    expect(retryOf(afterAttempt(sent, "failed"))).toBe(sent);
  });

  it("has nothing to retry before any attempt, nor after a permit was issued", () => {
    expect(retryOf(NO_ATTEMPTS)).toBeUndefined();
    expect(retryOf(afterAttempt(sent, "issued"))).toBeUndefined();
  });

  it("never retries a submission OPSCOM did not confirm", () => {
    expect(retryOf(afterAttempt(sent, "unconfirmed"))).toBeUndefined();
  });
});

const base: PermitDraft = {
  plate: "",
  zone: "Lot 4",
  validFrom: "2026-07-15T09:00:00-04:00",
  validUntil: "2026-07-15T11:00:00-04:00",
};
const drafts = ["AB1", "CD2", "EF3"].map((plate) => ({ ...base, plate }));

class Refusal extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.code);
  }
}

/** A BFF stand-in: the plates named answer as told, the others are issued. */
function bff(answers: Record<string, ApiProblem["code"]>) {
  const sent: Submission[] = [];
  const send = async (submission: Submission): Promise<IssuedPermit> => {
    sent.push(submission);
    const code = answers[submission.draft.plate];
    if (code !== undefined) throw new Refusal(plainProblem(code, 502));
    return { ...submission.draft, referenceId: `ref-${submission.draft.plate}`, journalId: "j" };
  };
  return { sent, send };
}

let keyCount = 0;
const options = (send: (submission: Submission) => Promise<IssuedPermit>) => ({
  send,
  newKey: () => `key-${++keyCount}`,
  problemOf: (error: unknown) =>
    error instanceof Refusal ? error.problem : plainProblem("internal", undefined),
});

describe("issueSeveral", () => {
  it("issues one permit per plate, each under its own key", async () => {
    const { sent, send } = bff({});
    const { outcomes } = await issueSeveral(drafts, new Map(), options(send));
    expect(outcomes.map(({ status }) => status)).toEqual(["issued", "issued", "issued"]);
    expect(new Set(sent.map(({ idempotencyKey }) => idempotencyKey)).size).toBe(3);
    expect(platesLeft(outcomes)).toEqual([]);
  });

  it("sends a failed plate again under its key, and holds one OPSCOM did not confirm", async () => {
    const first = bff({ CD2: "timeout", EF3: "opscom_unconfirmed" });
    const once = await issueSeveral(drafts, new Map(), options(first.send));
    expect(platesLeft(once.outcomes)).toEqual(["CD2", "EF3"]);

    const second = bff({});
    const again = await issueSeveral(drafts.slice(1), once.attempts, options(second.send));
    expect(again.outcomes.map(({ plate, status }) => `${plate} ${status}`)).toEqual([
      "CD2 issued",
      "EF3 held",
    ]);
    const firstKey = first.sent.find(({ draft }) => draft.plate === "CD2")?.idempotencyKey;
    expect(second.sent.map(({ idempotencyKey }) => idempotencyKey)).toEqual([firstKey]);

    const released = releaseHeld(again.attempts, ["EF3"]);
    const third = bff({});
    const last = await issueSeveral([drafts[2] ?? base], released, options(third.send));
    expect(last.outcomes.map(({ status }) => status)).toEqual(["issued"]);
    const heldKey = first.sent.find(({ draft }) => draft.plate === "EF3")?.idempotencyKey;
    expect(third.sent[0]?.idempotencyKey).not.toBe(heldKey);
  });
});
