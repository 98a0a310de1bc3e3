import * as z from "zod/mini";
import { PERMIT_DRAFT_FIELDS } from "./draft-fields.ts";

/** `twice`: staff type the plate a second time before a permit is issued. */
export const PLATE_ENTRY_MODES = ["single", "twice"] as const;
export type PlateEntry = (typeof PLATE_ENTRY_MODES)[number];

/** What the browser may know of the BFF's configuration: nothing secret. */
export const clientConfigSchema = z.object({
  demo: z.boolean(),
  siteTimeZone: z.string(),
  zones: z.array(z.string()),
  defaultCurrency: z.string(),
  currencies: z.array(z.string()),
  opscomTimeoutMs: z.number(),
  plateEntry: z.enum(PLATE_ENTRY_MODES),
  /** How long the success screen offers Undo; 0: never. */
  undoSeconds: z.number(),
  /** How long after its start a validator may still correct or void a permit of theirs. */
  changeWindowMinutes: z.number(),
  /** How far back and ahead a permit may start, and how long it may last (see validity-bounds). */
  validityBounds: z.object({
    maxPastHours: z.number(),
    maxAheadDays: z.number(),
    maxPermitDays: z.number(),
  }),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;

/** `201` answer of `POST /api/permits`. */
export const issuedPermitSchema = z.object({
  referenceId: z.string(),
  /** The journal entry that records this submission. */
  journalId: z.string(),
  plate: z.string(),
  zone: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  amount: z.optional(z.string()),
  currency: z.optional(z.string()),
  permitNo: z.optional(z.string()),
});
export type IssuedPermit = z.infer<typeof issuedPermitSchema>;

export const API_ERROR_CODES = [
  "bad_request",
  "validation",
  "opscom_rejected",
  "opscom_unconfirmed",
  "opscom_unreachable",
  "not_found",
  "conflict",
  "idempotency_key_required",
  "idempotency_key_reused",
  "idempotency_in_progress",
  "unsupported_media_type",
  /** Text with a character no database should hold: a control, an unpaired surrogate, U+FFFF… */
  "character_not_accepted",
  /** A JSON body nested deeper than the BFF reads. */
  "json_too_deep",
  "forbidden",
  "unauthenticated",
  "throttled",
  "draining",
  /** Too many failed sign-ins from one client address, whatever the usernames. */
  "address_throttled",
  /** The server is too busy for this now (e.g. checking passwords); Retry-After says when to retry. */
  "busy",
  "internal",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** The draft's fields, and the reason a correction or a void asks for. */
export const FIELDS_WITH_ERRORS = [...PERMIT_DRAFT_FIELDS, "reason"] as const;

/**
 * The one error shape every `/api` route answers with: a category (`code`), what is wrong
 * (`reason`, when the category alone does not say) and the problems of each field by the name
 * the request gave it. No prose: the web app words each code in the member's language.
 * `problemCode` is the list of problem codes (`apiErrorSchema`), or any text; `paramText` what
 * a text parameter may hold.
 */
export function errorSchemaOf<C extends z.ZodMiniType<string, string>>(
  problemCode: C,
  paramText: z.ZodMiniType<string, string> = z.string(),
) {
  const paramsSchema = z.optional(z.record(z.string(), z.union([paramText, z.number()])));
  const problem = z.object({ code: problemCode, params: paramsSchema });
  return z.object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      reason: z.optional(problemCode),
      params: paramsSchema,
      fieldErrors: z.optional(z.record(z.string(), z.array(problem))),
      opscomErrorCode: z.optional(z.number()),
      /** The journal entry of a submission whose outcome staff must check. */
      journalId: z.optional(z.string()),
    }),
  });
}

/**
 * The error shape as the web app's first script reads it: every code as text, so that the list
 * of problem codes stays out of it; the page words the codes it knows (`apiErrorSchema` in
 * `api-error.ts` holds the contract, with every code listed).
 */
export const apiErrorBodySchema = errorSchemaOf(z.string());
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
/** A problem as read by the web app: its code as text, and the values its wording needs. */
export type ProblemAsRead = { code: string; params?: Record<string, string | number> | undefined };
export type FieldProblemsAsRead = NonNullable<ApiErrorBody["error"]["fieldErrors"]>;
