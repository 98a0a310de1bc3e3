import {
  type ApiError,
  type ApiErrorCode,
  type FieldErrors,
  type Problem,
  shownParam,
} from "@permit-desk/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

type ErrorExtra = Omit<ApiError["error"], "code" | "reason" | "params">;
type Params = Record<string, string | number>;

/** Parameters as an answer carries them: each text one short line, whatever the client sent. */
function shownParams(params: Params): Params {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "string" ? shownParam(value) : value,
    ]),
  );
}

function shownFieldErrors(fieldErrors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, problems]) => [
      field,
      problems.map((problem) =>
        problem.params === undefined
          ? problem
          : { ...problem, params: shownParams(problem.params) },
      ),
    ]),
  );
}

/**
 * An error answer: its category, what is wrong when the category alone does not say (a problem
 * code and the values its wording needs), and anything else the caller acts on. No prose: the
 * web app words the codes in the member's language. A parameter that repeats what the client
 * sent is cut short and kept on one line (`shownParam`).
 */
export function apiError(code: ApiErrorCode, reason?: Problem, extra: ErrorExtra = {}): ApiError {
  const { fieldErrors, ...rest } = extra;
  return {
    error: {
      code,
      ...(reason !== undefined && { reason: reason.code }),
      ...(reason?.params !== undefined && { params: shownParams(reason.params) }),
      ...(fieldErrors !== undefined && { fieldErrors: shownFieldErrors(fieldErrors) }),
      ...rest,
    },
  };
}

/** 422 for one field's value: the problem as the reason, and beside its field, where the form shows it. */
export function sendFieldRefusal(c: Context, field: string, problem: Problem) {
  return sendError(c, 422, "validation", problem, { fieldErrors: { [field]: [problem] } });
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
