import * as z from "zod/mini";
import { OUTCOME_DETAIL_CODES } from "./outcome-details.ts";

/** The calls Permit Desk makes to OPSCOM, by the last segment of their path. */
export const OPSCOM_ENDPOINTS = ["push", "update", "delete", "stats"] as const;
export type OpscomEndpoint = (typeof OPSCOM_ENDPOINTS)[number];

/**
 * How a call to OPSCOM ended, for its health: it answered (`success`, or `rejected` when it
 * refused), the answer was lost or unusable (`unknown`), or it could not be reached (`not_sent`).
 */
export const OPSCOM_CALL_RESULTS = ["success", "rejected", "unknown", "not_sent"] as const;
export type OpscomCallResult = (typeof OPSCOM_CALL_RESULTS)[number];

/**
 * `GET /api/status/opscom` (any member): whether recent calls to OPSCOM failed. `failing` from
 * the call that reached the threshold, `since` the first of those failures; `ok` again at the
 * next call that succeeds, or once the latest failure is older than the window.
 */
export const opscomHealthSchema = z.union([
  z.object({ state: z.literal("ok") }),
  z.object({
    state: z.literal("failing"),
    since: z.string(),
    /** Calls that failed in a row, the latest last. */
    failures: z.number(),
  }),
]);
export type OpscomHealth = z.infer<typeof opscomHealthSchema>;

/** One failed call to OPSCOM: when, which endpoint, and what came back, as codes. */
export const opscomFailureSchema = z.object({
  at: z.string(),
  endpoint: z.enum(OPSCOM_ENDPOINTS),
  result: z.enum(["rejected", "unknown", "not_sent"]),
  /** The HTTP status OPSCOM answered with, when it answered. */
  httpStatus: z.optional(z.number()),
  /** OPSCOM's `ErrorCode`, when it gave one. */
  opscomErrorCode: z.optional(z.number()),
  /** Why the answer was unusable or never came (`no_answer_in_time`…), without its free text. */
  // Written out rather than picked from the detail's schema: `z.pick` alone would add 0.3 KB to
  // the code every page loads first.
  detail: z.optional(z.object({ code: z.enum(OUTCOME_DETAIL_CODES) })),
  durationMs: z.number(),
});
export type OpscomFailure = z.infer<typeof opscomFailureSchema>;

/** `GET /api/status` (administrators): OPSCOM's health in full, and what waits for staff. */
export const operationsStatusSchema = z.object({
  opscom: opscomHealthSchema,
  /** The rule `state` follows: this many failed calls in a row, the latest within the window. */
  rule: z.object({ failures: z.number(), windowMinutes: z.number() }),
  /** The latest failed calls, newest first (at most 20). */
  recentFailures: z.array(opscomFailureSchema),
  /** Permits and changes OPSCOM did not confirm that no finding has been recorded for yet. */
  awaitingFinding: z.object({ permits: z.number(), changes: z.number() }),
});
export type OperationsStatus = z.infer<typeof operationsStatusSchema>;
