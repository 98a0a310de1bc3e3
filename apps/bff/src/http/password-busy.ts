import type { Context } from "hono";
import { sendError } from "./api-error.ts";
import { retryAfterSeconds } from "./retry-after.ts";

const PASSWORDS_BUSY = "Permit Desk is busy checking other passwords. Wait a moment and try again.";

/** 503 with Retry-After: password work is full, nothing was checked or changed. */
export function passwordsBusy(c: Context, retryAfterMs: number) {
  c.header("Retry-After", retryAfterSeconds(retryAfterMs));
  return sendError(c, 503, "busy", PASSWORDS_BUSY);
}
