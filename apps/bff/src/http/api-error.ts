import type { ApiError, ApiErrorCode } from "@permit-desk/schema";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

type ErrorExtra = Omit<ApiError["error"], "code" | "message">;

export function apiError(code: ApiErrorCode, message: string, extra: ErrorExtra = {}): ApiError {
  return { error: { code, message, ...extra } };
}

export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  extra?: ErrorExtra,
) {
  return c.json(apiError(code, message, extra), status);
}
