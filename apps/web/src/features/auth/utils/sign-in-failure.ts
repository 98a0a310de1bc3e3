import type { ApiProblem } from "../../../lib/api-problem.ts";

export const WRONG_CREDENTIALS = "Wrong username or password.";

function inWords(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** What a refused sign-in tells the person; never whether the username exists. */
export function describeSignInFailure(problem: ApiProblem): string {
  if (problem.code === "unauthenticated") return WRONG_CREDENTIALS;
  if (problem.code === "throttled") {
    const wait =
      problem.retryAfterSeconds === undefined ? "a moment" : inWords(problem.retryAfterSeconds);
    return `Too many failed sign-ins for this account. Wait ${wait}, then try again.`;
  }
  return problem.message;
}
