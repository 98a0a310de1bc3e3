import { type FieldErrors, permitDraftSchema, toWireTime } from "@permit-desk/schema";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod/mini";
import type { Config } from "../config.ts";
import { apiError } from "../http/api-error.ts";
import type { JsonValue } from "../idempotency/idempotency-keys.ts";
import { type IssueDeps, issuePermit } from "./issue-permit.ts";
import { outcomeResponse } from "./outcome-response.ts";

export type Answer = {
  status: ContentfulStatusCode;
  body: JsonValue;
  /** Whether the answer stands for good under its idempotency key (false: nothing happened). */
  final: boolean;
  /** Set once the submission reached the journal. */
  journalId?: string;
  outcome?: string;
};

function fieldErrorsOf(error: z.core.$ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(z.flattenError(error).fieldErrors)) {
    if (field in permitDraftSchema.shape && Array.isArray(messages)) {
      fieldErrors[field as keyof FieldErrors] = messages;
    }
  }
  return fieldErrors;
}

const invalid = (fieldErrors: FieldErrors): Answer => ({
  status: 422,
  body: apiError("validation", "Some fields need attention.", { fieldErrors }),
  final: false,
});

/** Where a member may issue: the site's active zones, and the member's own among them. */
export type IssueZones = { site: readonly string[]; member: readonly string[] };

/** Checks a submitted body as the form would, plus this site's currencies and the member's zones. */
export function checkDraft(body: unknown, config: Config, zones: IssueZones) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return {
      ok: false as const,
      answer: {
        status: 400 as const,
        body: apiError("bad_request", "Send the permit as a JSON object."),
        final: false,
      },
    };
  }
  const parsed = permitDraftSchema.safeParse(body);
  if (!parsed.success) return { ok: false as const, answer: invalid(fieldErrorsOf(parsed.error)) };
  const draft = parsed.data;
  if (!zones.site.includes(draft.zone)) {
    return { ok: false as const, answer: invalid({ zone: ["Choose one of this site's zones."] }) };
  }
  if (!zones.member.includes(draft.zone)) {
    return {
      ok: false as const,
      answer: {
        status: 403 as const,
        body: apiError("forbidden", `You are not assigned to issue permits in ${draft.zone}.`),
        final: false,
      },
    };
  }
  if (draft.currency !== undefined && !config.currencies.includes(draft.currency)) {
    const choices = config.currencies.join(", ");
    return { ok: false as const, answer: invalid({ currency: [`Choose one of: ${choices}.`] }) };
  }
  // In the local basis, a permit crossing the autumn clock change can read backwards on the
  // wire (01:30 EDT to 01:10 EST): OPSCOM cannot tell, so it is refused here, before sending.
  const basis = config.opscom.timeBasis;
  if (
    toWireTime(draft.validUntil, basis, config.siteTimeZone) <=
    toWireTime(draft.validFrom, basis, config.siteTimeZone)
  ) {
    return {
      ok: false as const,
      answer: invalid({
        validUntil: [
          "Around the clock change, OPSCOM would read this end as before the start. Choose a later end.",
        ],
      }),
    };
  }
  // A free permit has no currency; a paid one is in the site's default unless one was chosen.
  const currency =
    draft.amount === undefined ? undefined : (draft.currency ?? config.defaultCurrency);
  return { ok: true as const, draft: { ...draft, currency } };
}

/** Validates, journals and sends one submission, and says how to answer it. */
export async function submitPermit(
  body: unknown,
  submission: {
    actor: string;
    zones: IssueZones;
    idempotencyKey: string;
    onSending: () => void;
  },
  deps: IssueDeps & { config: Config },
): Promise<Answer> {
  const checked = checkDraft(body, deps.config, submission.zones);
  if (!checked.ok) return checked.answer;
  const { journalId, outcome } = await issuePermit(checked.draft, submission, deps);
  const response = outcomeResponse(checked.draft, outcome, journalId);
  return { ...response, final: outcome.kind !== "not_sent", journalId, outcome: outcome.kind };
}
