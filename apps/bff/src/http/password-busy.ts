import type { Context } from "hono";
import { sendError } from "./api-error.ts";
import { retryAfterSeconds } from "./retry-after.ts";

/** 503 with Retry-After: password work is full, nothing was checked or changed. */
export function passwordsBusy(c: Context, retryAfterMs: number) {
  c.header("Retry-After", retryAfterSeconds(retryAfterMs));
  return sendError(c, 503, "busy", { code: "passwords_busy" });
}
