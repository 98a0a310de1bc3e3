import { type ApiProblem, plainProblem } from "./api-problem.ts";

/** What every API call throws, so callers (and TanStack Query) get one typed error. */
export class ApiRequestError extends Error {
  readonly problem: ApiProblem;

  constructor(problem: ApiProblem) {
    super(problem.reason?.code ?? problem.code);
    this.name = "ApiRequestError";
    this.problem = problem;
  }
}

/** The problem behind any thrown value; a bug in this page becomes a readable message too. */
export function problemOf(error: unknown): ApiProblem {
  if (error instanceof ApiRequestError) return error.problem;
  return plainProblem("unexpected_response");
}
