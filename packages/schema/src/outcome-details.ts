import * as z from "zod/mini";

/**
 * What the journal records beside an outcome (`opscom.detail` on a permit's record and on each
 * change), by a stable code with the names of the values its wording needs, as `PROBLEMS` does
 * for answers. The web app words Permit Desk's own codes; text that is not Permit Desk's (OPSCOM's
 * message, a network error's code) is a value of its code and is shown as it came.
 */
export const OUTCOME_DETAILS = {
  /** Recovery found the request pending, with no process left to record OPSCOM's answer. */
  interrupted_before_recording: [],
  /** The deadline passed before the request could leave, after `attempts` tries (0 or more). */
  deadline_before_sending: ["attempts"],
  /** The connection could not be made in `attempts` tries; `error` is the last error's code. */
  connection_not_made: ["error", "attempts"],
  no_answer_in_time: ["timeoutMs"],
  answer_not_json_object: ["httpStatus"],
  answer_without_reference: ["httpStatus"],
  /** `references`: what the answer held under a reference's names, each as JSON, joined by " and ". */
  answer_with_unusable_reference: ["httpStatus", "references"],
  /** A refusal that carried a reference: the permit may exist. */
  refusal_with_reference: ["httpStatus", "reference"],
  // Text that is not Permit Desk's, in `text`.
  /** OPSCOM's own message with its refusal, or `status "…"` when it gave only a status. */
  opscom_message: ["text"],
  /** The connection failed once the request may have left: the error's code, else its message. */
  connection_error: ["text"],
  /** A detail journalled as text, before details were codes: shown as recorded. */
  recorded_text: ["text"],
} as const satisfies Record<string, readonly string[]>;

export type OutcomeDetailCode = keyof typeof OUTCOME_DETAILS;
export const OUTCOME_DETAIL_CODES = Object.keys(OUTCOME_DETAILS) as OutcomeDetailCode[];

/** The details whose `text` is not Permit Desk's wording: never translated, shown as recorded. */
export const TEXT_AS_RECORDED = [
  "opscom_message",
  "connection_error",
  "recorded_text",
] as const satisfies readonly OutcomeDetailCode[];
export type OwnOutcomeDetailCode = Exclude<OutcomeDetailCode, (typeof TEXT_AS_RECORDED)[number]>;

export type OutcomeDetailParams<C extends OutcomeDetailCode> = Record<
  (typeof OUTCOME_DETAILS)[C][number],
  string | number
>;

/** One detail: a code, and the values its wording needs when it needs any. */
export type OutcomeDetail = {
  [C in OutcomeDetailCode]: (typeof OUTCOME_DETAILS)[C] extends readonly []
    ? { code: C; params?: undefined }
    : { code: C; params: OutcomeDetailParams<C> };
}[OutcomeDetailCode];

/** A detail with its parameters, checked: `outcomeDetail("no_answer_in_time", { timeoutMs })`. */
export function outcomeDetail<C extends OutcomeDetailCode>(
  code: C,
  ...params: (typeof OUTCOME_DETAILS)[C] extends readonly [] ? [] : [OutcomeDetailParams<C>]
): OutcomeDetail {
  return (params[0] === undefined ? { code } : { code, params: params[0] }) as OutcomeDetail;
}

export const outcomeDetailSchema = z.object({
  code: z.enum(OUTCOME_DETAIL_CODES),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

/** What OPSCOM answered a create or a change, as the journal recorded it. */
export const opscomAnswerSchema = z.object({
  httpStatus: z.optional(z.number()),
  errorCode: z.optional(z.number()),
  /** Why the outcome is unknown: one of UNCONFIRMED_REASONS, or another a record may hold. */
  reason: z.optional(z.string()),
  detail: z.optional(outcomeDetailSchema),
  durationMs: z.optional(z.number()),
  rawAnswer: z.optional(z.string()),
});
