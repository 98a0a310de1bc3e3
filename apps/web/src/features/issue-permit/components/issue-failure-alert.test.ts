import { describe, expect, it } from "vitest";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { describeIssueFailure as describe_ } from "./issue-failure-alert.tsx";

const describeIssueFailure = (problem: ApiProblem) => describe_(problem);

function problem(overrides: Partial<ApiProblem>): ApiProblem {
  return {
    code: "internal",
    reason: undefined,
    status: 500,
    fieldErrors: {},
    opscomErrorCode: undefined,
    journalId: undefined,
    retryAfterSeconds: undefined,
    ...overrides,
  };
}

describe("describeIssueFailure", () => {
  it("tells staff to check OPSCOM when it did not confirm, and offers no plain retry", () => {
    const failure = describeIssueFailure(
      problem({
        code: "opscom_unconfirmed",
        status: 504,
        reason: { code: "permit_not_confirmed" },
      }),
    );
    expect(failure.nextStep).toBe("check-opscom");
    expect(failure.title).toBe("Check OPSCOM before issuing this permit again");
    expect(failure.message).toBe(
      "OPSCOM did not confirm — the permit may or may not exist. Check OPSCOM before issuing it again.",
    );
    expect(failure.advice).toContain("second permit");
  });

  it("leads to the journal entry of a submission OPSCOM did not confirm", () => {
    const failure = describeIssueFailure(
      problem({ code: "opscom_unconfirmed", status: 504, journalId: "j-42" }),
    );
    expect(failure.journalId).toBe("j-42");
  });

  it("names no journal entry for a failure staff need not check", () => {
    const failure = describeIssueFailure(
      problem({ code: "opscom_rejected", status: 422, journalId: "j-42" }),
    );
    expect(failure.journalId).toBeUndefined();
  });

  it("offers to try again when OPSCOM was not reached", () => {
    const failure = describeIssueFailure(
      problem({
        code: "opscom_unreachable",
        status: 502,
        reason: { code: "permit_opscom_unreachable" },
      }),
    );
    expect(failure.nextStep).toBe("try-again");
    expect(failure.message).toBe(
      "OPSCOM could not be reached, so no permit was made. Try again in a moment.",
    );
  });

  it("offers to try again the same request when the answer was lost", () => {
    for (const code of ["network", "timeout"] as const) {
      const failure = describeIssueFailure(problem({ code, status: undefined }));
      expect(failure.nextStep).toBe("try-again");
      expect(failure.advice).toContain("may or may not have been issued");
    }
  });

  it("says Permit Desk is restarting and offers to try again the same submission, keeping what was typed", () => {
    const failure = describeIssueFailure(
      problem({ code: "draining", status: 503, reason: { code: "restarting" } }),
    );
    expect(failure).toEqual({
      title: "Permit Desk is restarting",
      message:
        "Permit Desk is restarting and takes no new requests. Nothing was sent: try again in a moment.",
      advice: expect.stringContaining("What you typed is kept"),
      nextStep: "try-again",
    });
  });

  it("says so in French too", () => {
    const failure = describe_(problem({ code: "draining", status: 503 }), "fr-CA");
    expect(failure.title).toBe("Permit Desk redémarre");
    expect(failure.advice).toContain("Ce que vous avez tapé est conservé");
  });

  it("offers to try again after a proxy's error page", () => {
    const failure = describeIssueFailure(problem({ code: "unexpected_response", status: 502 }));
    expect(failure.nextStep).toBe("try-again");
  });

  it("does not offer to try again a request that was refused", () => {
    expect(
      describeIssueFailure(problem({ code: "unexpected_response", status: 403 })).nextStep,
    ).toBe("fix");
    expect(describeIssueFailure(problem({ code: "opscom_rejected", status: 422 })).nextStep).toBe(
      "fix",
    );
    expect(describeIssueFailure(problem({ code: "validation", status: 400 })).nextStep).toBe("fix");
  });

  it("shows what the BFF said is wrong, in words", () => {
    const failure = describeIssueFailure(
      problem({
        code: "forbidden",
        status: 403,
        reason: { code: "zone_not_assigned", params: { zone: "Lot 9" } },
      }),
    );
    expect(failure.message).toBe("You are not assigned to issue permits in Lot 9.");
  });
});
