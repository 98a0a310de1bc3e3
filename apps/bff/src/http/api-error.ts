import {
  type ApiError,
  type ApiErrorCode,
  type Problem,
  problemOfIssue,
} from "@permit-desk/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

type ErrorExtra = Omit<ApiError["error"], "code" | "reason" | "params">;

/**
 * An error answer: its category, what is wrong when the category alone does not say (a problem
 * code and the values its wording needs), and anything else the caller acts on. No prose: the
 * web app words the codes in the member's language.
 */
export function apiError(code: ApiErrorCode, reason?: Problem, extra: ErrorExtra = {}): ApiError {
  return {
    error: {
      code,
      ...(reason !== undefined && { reason: reason.code }),
      ...(reason?.params !== undefined && { params: reason.params }),
      ...extra,
    },
  };
}

export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  reason?: Problem,
  extra?: ErrorExtra,
) {
  return c.json(apiError(code, reason, extra), status);
}

/** The first problem of a failed parse, or `fallback` when it names none. */
export function firstProblem(
  error: { issues: ReadonlyArray<{ message: string }> },
  fallback: "not_a_plate" | "not_a_zone",
): Problem {
  const [first] = error.issues;
  return first === undefined ? { code: fallback } : problemOfIssue(first);
}
