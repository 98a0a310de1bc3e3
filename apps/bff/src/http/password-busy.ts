import type { Context } from "hono";
import type { PasswordHashingBusyError } from "../auth/passwords.ts";
import { sendError } from "./api-error.ts";
import { retryAfterSeconds } from "./retry-after.ts";

export const PASSWORDS_BUSY =
  "Permit Desk is busy checking other passwords. Wait a moment and try again.";

/** 503 with Retry-After: password work is full, nothing was checked or changed. */
export function passwordsBusy(c: Context, error: PasswordHashingBusyError) {
  c.header("Retry-After", retryAfterSeconds(error.retryAfterMs));
  return sendError(c, 503, "busy", PASSWORDS_BUSY);
}
