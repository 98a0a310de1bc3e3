import type { ApiError, ApiErrorCode, FieldErrors } from "@permit-desk/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export function apiError(
  code: ApiErrorCode,
  message: string,
  extra: { fieldErrors?: FieldErrors; opscomErrorCode?: number } = {},
): ApiError {
  return { error: { code, message, ...extra } };
}

export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  extra?: { fieldErrors?: FieldErrors; opscomErrorCode?: number },
) {
  return c.json(apiError(code, message, extra), status);
}
