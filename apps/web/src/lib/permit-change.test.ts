import { describe, expect, it } from "vitest";
import { plainProblem } from "./api-problem.ts";
import { changeFailureKind } from "./permit-change.ts";

describe("changeFailureKind", () => {
  it("offers the same change again when nothing was changed or the answer was lost", () => {
    expect(changeFailureKind(plainProblem("network", undefined))).toBe("retry");
    expect(changeFailureKind(plainProblem("timeout", undefined))).toBe("retry");
    expect(changeFailureKind(plainProblem("opscom_unreachable", 502))).toBe("retry");
    expect(changeFailureKind(plainProblem("idempotency_in_progress", 409))).toBe("retry");
    expect(changeFailureKind(plainProblem("unexpected_response", 503))).toBe("retry");
  });

  it("offers the same change again when Permit Desk was restarting and took nothing", () => {
    expect(changeFailureKind(plainProblem("draining", 503))).toBe("retry");
  });

  it("tells an answer OPSCOM never gave from a refusal", () => {
    expect(changeFailureKind(plainProblem("opscom_unconfirmed", 504))).toBe("unconfirmed");
    expect(changeFailureKind(plainProblem("forbidden", 403))).toBe("refused");
    expect(changeFailureKind(plainProblem("conflict", 409))).toBe("refused");
    expect(changeFailureKind(plainProblem("validation", 422))).toBe("refused");
    expect(changeFailureKind(plainProblem("opscom_rejected", 422))).toBe("refused");
    expect(changeFailureKind(plainProblem("unexpected_response", 404))).toBe("refused");
  });
});
