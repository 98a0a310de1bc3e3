import type { IssuedPermit, PermitDraft } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { type ApiProblem, plainProblem } from "../../../lib/api-problem.ts";
import { issueSeveral, platesLeft, releaseHeld } from "./several-plates.ts";
import type { Submission } from "./submission.ts";

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

let keys = 0;
const options = (send: (submission: Submission) => Promise<IssuedPermit>) => ({
  send,
  newKey: () => `key-${++keys}`,
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
