import { describe, expect, it } from "vitest";
import { plainProblem } from "../../../lib/api-problem.ts";
import { describeSignInFailure, WRONG_CREDENTIALS } from "./sign-in-failure.ts";

describe("describeSignInFailure", () => {
  it("says the same for an unknown user as for a wrong password", () => {
    const problem = plainProblem("unauthenticated", "No such user: ana", 401);
    expect(describeSignInFailure(problem)).toBe(WRONG_CREDENTIALS);
  });

  it("says how long to wait when the BFF throttles the account", () => {
    const problem = { ...plainProblem("throttled", "Slow down.", 429), retryAfterSeconds: 90 };
    expect(describeSignInFailure(problem)).toBe(
      "Too many failed sign-ins for this account. Wait 2 minutes, then try again.",
    );
    expect(describeSignInFailure({ ...problem, retryAfterSeconds: 5 })).toMatch(/Wait 5 seconds/);
  });
});
