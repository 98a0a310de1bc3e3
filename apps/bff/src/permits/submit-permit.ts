import {
  type FieldErrors,
  permitDraftSchema,
  problemsOfIssues,
  toWireTime,
  validityIssues,
  validityIssuesByField,
} from "@permit-desk/schema";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type * as z from "zod/mini";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { apiError } from "../http/api-error.ts";
import type { JsonValue } from "../journal/idempotency-keys.ts";
import { refuseWrite, type WriteResult } from "../opscom-writes/write-pipeline.ts";
import type { Zone } from "../zones/zone.ts";
import { type IssueDeps, issuePermit, type Submitter } from "./issue-permit.ts";
import { unconfirmedAnswer } from "./outcome-response.ts";

/** An answer of this request's own; nothing of it is kept under the key unless it was sent. */
export type Answer = { status: ContentfulStatusCode; body: JsonValue };

/** The draft's problems beside its fields; a body that is not a draft at all has none. */
function fieldErrorsOf(error: z.core.$ZodError): FieldErrors {
  return problemsOfIssues(error.issues, ([field]) =>
    typeof field === "string" && field in permitDraftSchema.shape ? field : undefined,
  ).fieldErrors;
}

const invalid = (fieldErrors: FieldErrors): Answer => ({
  status: 422,
  body: apiError("validation", { code: "fields_need_attention" }, { fieldErrors }),
});

/** A zone as a submission names it (by name) and the journal keeps it (by id). */
export type ZoneRef = Pick<Zone, "id" | "name">;

/** Where a member may issue: the site's active zones, and the member's own among them. */
export type IssueZones = { site: readonly ZoneRef[]; member: readonly ZoneRef[] };

/**
 * Checks a submitted body as the form would, with the site's validity bounds as of `now`, plus
 * this site's currencies and the member's zones.
 */
export function checkDraft(body: unknown, config: Config, zones: IssueZones, now: Date) {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return {
      ok: false as const,
      answer: {
        status: 400 as const,
        body: apiError("bad_request", { code: "body_not_object", params: { body: "permit" } }),
      },
    };
  }
  const parsed = permitDraftSchema.safeParse(body);
  if (!parsed.success) return { ok: false as const, answer: invalid(fieldErrorsOf(parsed.error)) };
  const draft = parsed.data;
  // Names are unique, so the name a clerk chose is one zone; from here on it is that zone's id.
  const zone = zones.site.find((site) => site.name === draft.zone);
  if (zone === undefined) {
    return { ok: false as const, answer: invalid({ zone: [{ code: "zone_not_at_site" }] }) };
  }
  if (!zones.member.some((member) => member.id === zone.id)) {
    return {
      ok: false as const,
      answer: {
        status: 403 as const,
        body: apiError("forbidden", { code: "zone_not_assigned", params: { zone: draft.zone } }),
      },
    };
  }
  if (draft.currency !== undefined && !config.currencies.includes(draft.currency)) {
    const offered = {
      code: "currency_not_offered",
      params: { choices: config.currencies.join(", ") },
    } as const;
    return { ok: false as const, answer: invalid({ currency: [offered] }) };
  }
  const outside = validityIssues(draft, {
    bounds: config.validityBounds,
    now,
    siteTimeZone: config.siteTimeZone,
  });
  if (outside.length > 0)
    return { ok: false as const, answer: invalid(validityIssuesByField(outside)) };
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
        validUntil: [{ code: "validity_end_before_start_on_wire" }],
      }),
    };
  }
  // A free permit has no currency; a paid one is in the site's default unless one was chosen.
  const currency =
    draft.amount === undefined ? undefined : (draft.currency ?? config.defaultCurrency);
  return { ok: true as const, draft: { ...draft, currency }, zoneId: zone.id };
}

/** Validates, journals and sends one submission, and says how to answer it. */
export async function submitPermit(
  body: unknown,
  submission: Submitter & { zones: IssueZones },
  deps: IssueDeps & { config: Config; clock: Clock },
): Promise<WriteResult> {
  const checked = checkDraft(body, deps.config, submission.zones, deps.clock());
  if (!checked.ok) {
    return refuseWrite(
      {
        journal: deps.submissions,
        claim: submission.claim,
        actor: submission.actor,
        unconfirmed: unconfirmedAnswer,
      },
      checked.answer,
    );
  }
  return issuePermit(checked.draft, checked.zoneId, submission, deps);
}
