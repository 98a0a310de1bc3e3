import {
  type ApiError,
  CHANGEABLE_FIELDS,
  type ChangeableField,
  changeableStanding,
  type FieldErrors,
  isOneOf,
  type PermitChangeRequest,
  type PermitCorrection,
  permitChangeInputSchema,
  problemsOfIssues,
  type TimeBasis,
  toWireTime,
  validityIssues,
  validityIssuesByField,
} from "@permit-desk/schema";
import type * as z from "zod/mini";
import { apiError } from "../http/api-error.ts";
import type { ChangeEntry, ChangeFields } from "../journal/change-entry.ts";
import type { JournalEntry, PermitFacts } from "../journal/journal-entry.ts";
import { referenceOf } from "../journal/permit-projection.ts";
import type { User } from "../users/user.ts";
import { type ChangeRules, changeRefusal } from "./change-rules.ts";
import type { Answer, IssueZones, ZoneRef } from "./submit-permit.ts";

/** A change that passed every check, ready to journal and send. */
export type ChangePlan = {
  request: PermitChangeRequest;
  referenceId: string;
  fields: ChangeFields;
  after: PermitFacts;
  /** The wire body without the token: the reference, and only the fields that change. */
  sentBody: Record<string, string>;
};

export type ChangeContext = {
  user: User;
  now: Date;
  /** The site's active zones, and those the member may issue in among them. */
  zones: IssueZones;
  rules: ChangeRules;
  timeBasis: TimeBasis;
  /** The permit's unsettled change, when it has one. */
  unsettled: ChangeEntry | undefined;
};

type Checked = { ok: true; plan: ChangePlan } | { ok: false; answer: Answer };

const refuse = (answer: Answer): Checked => ({ ok: false, answer });

const invalid = (fieldErrors: FieldErrors) =>
  refuse({
    status: 422,
    body: apiError("validation", { code: "fields_need_attention" }, { fieldErrors }),
  });

/** Problems of a field go to that field (a correction's fields by their draft names). */
function refusalOfIssues(error: z.core.$ZodError): Checked {
  const { fieldErrors, general } = problemsOfIssues(error.issues, ([first, second]) => {
    const field = first === "reason" ? "reason" : first === "changes" ? second : undefined;
    return field === "reason" || isOneOf(CHANGEABLE_FIELDS, field) ? field : undefined;
  });
  const reason = general[0] ?? { code: "fields_need_attention" };
  return refuse({ status: 422, body: apiError("validation", reason, { fieldErrors }) });
}

const conflict = (body: ApiError) => ({ ok: false, answer: { status: 409, body } }) as const;

/** OPSCOM's reference of the permit, or why it cannot be changed as it stands, whoever asks. */
function changeableReference(
  entry: JournalEntry,
  unsettled: ChangeEntry | undefined,
): { ok: true; referenceId: string } | { ok: false; answer: Answer } {
  const referenceId = referenceOf(entry);
  const standing = changeableStanding({
    state: entry.state,
    hasFinding: entry.reconciliations.length > 0,
    made: referenceId !== undefined,
    voided: entry.voidedAt !== undefined,
    unsettledChange:
      entry.unsettledChangeId === undefined
        ? undefined
        : unsettled?.state === "pending"
          ? "pending"
          : "unknown",
  });
  if (standing.allowed && referenceId !== undefined) return { ok: true, referenceId };
  return conflict(
    apiError("conflict", { code: standing.allowed ? "permit_not_issued" : standing.code }),
  );
}

type FactValue = string | null;

function factValues(facts: PermitFacts): Record<ChangeableField, FactValue> {
  return {
    plate: facts.plate,
    zone: facts.zone,
    validFrom: facts.validFrom.toISOString(),
    validUntil: facts.validUntil.toISOString(),
    permitNo: facts.permitNo ?? null,
  };
}

/** `newZone`: the site's zone `changes.zone` names, when the correction moves the permit. */
function corrected(
  current: PermitFacts,
  changes: PermitCorrection,
  newZone: ZoneRef | undefined,
): PermitFacts {
  const permitNo = changes.permitNo ?? current.permitNo;
  return {
    plate: changes.plate ?? current.plate,
    zone: newZone?.name ?? current.zone,
    zoneId: newZone?.id ?? current.zoneId,
    validFrom: changes.validFrom === undefined ? current.validFrom : new Date(changes.validFrom),
    validUntil:
      changes.validUntil === undefined ? current.validUntil : new Date(changes.validUntil),
    ...(permitNo !== undefined && { permitNo }),
  };
}

function fieldsBetween(before: PermitFacts, after: PermitFacts): ChangeFields {
  const was = factValues(before);
  const will = factValues(after);
  const fields: ChangeFields = {};
  for (const field of CHANGEABLE_FIELDS) {
    if (was[field] !== will[field]) fields[field] = { before: was[field], after: will[field] };
  }
  return fields;
}

/** Permit Update's body: the reference, and the changed fields under their canonical names. */
function updateBody(
  referenceId: string,
  fields: ChangeFields,
  after: PermitFacts,
  context: ChangeContext,
) {
  const wireTime = (instant: Date) =>
    toWireTime(instant, context.timeBasis, context.rules.siteTimeZone);
  return {
    referenceID: referenceId,
    ...(fields.plate && { LicencePlate: after.plate }),
    ...(fields.zone && { zone: after.zone }),
    ...(fields.permitNo && after.permitNo !== undefined && { permitNo: after.permitNo }),
    ...(fields.validFrom && { startTime: wireTime(after.validFrom) }),
    ...(fields.validUntil && { endTime: wireTime(after.validUntil) }),
  };
}

function planUpdate(
  entry: JournalEntry,
  request: Extract<PermitChangeRequest, { action: "update" }>,
  referenceId: string,
  context: ChangeContext,
): Checked {
  // The zone it is in already, under the name it has now, is no move: it keeps the name it was sent with.
  const named = context.zones.site.find((zone) => zone.name === request.changes.zone);
  const newZone = named?.id === entry.current.zoneId ? undefined : named;
  const after = corrected(entry.current, request.changes, newZone);
  const fields = fieldsBetween(entry.current, after);
  if (Object.keys(fields).length === 0) {
    return refuse({
      status: 422,
      body: apiError("validation", { code: "change_no_effect" }),
    });
  }
  if (after.validUntil.getTime() <= after.validFrom.getTime()) {
    return invalid({ validUntil: [{ code: "validity_end_before_start" }] });
  }
  const { timeBasis, rules } = context;
  if (fields.validFrom !== undefined || fields.validUntil !== undefined) {
    // The start is judged against now only when it moves: an extension of a permit that began
    // last week is no start in the past.
    const outside = validityIssues(after, {
      bounds: rules.validityBounds,
      now: context.now,
      siteTimeZone: rules.siteTimeZone,
      judgeStart: fields.validFrom !== undefined,
    });
    if (outside.length > 0) return invalid(validityIssuesByField(outside));
  }
  if (
    toWireTime(after.validUntil, timeBasis, rules.siteTimeZone) <=
    toWireTime(after.validFrom, timeBasis, rules.siteTimeZone)
  ) {
    return invalid({ validUntil: [{ code: "validity_end_before_start_on_wire" }] });
  }
  const sentBody = updateBody(referenceId, fields, after, context);
  return { ok: true, plan: { request, referenceId, fields, after, sentBody } };
}

/**
 * Checks a change as OPSCOM and the site's rules would have it: the body (422), the zone named
 * (422 when not the site's), who may change the permit (403), whether it can change at all (409),
 * and what the change would leave (422); then says what to journal and send.
 */
export function checkChange(body: unknown, entry: JournalEntry, context: ChangeContext): Checked {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return refuse({
      status: 400,
      body: apiError("bad_request", { code: "body_not_object", params: { body: "change" } }),
    });
  }
  const parsed = permitChangeInputSchema.safeParse(body);
  if (!parsed.success) return refusalOfIssues(parsed.error);
  const request = parsed.data;
  const newZone = request.action === "update" ? request.changes.zone : undefined;
  if (newZone !== undefined && !context.zones.site.some((zone) => zone.name === newZone)) {
    return invalid({ zone: [{ code: "zone_not_at_site" }] });
  }
  const refusal = changeRefusal(context.user, entry, request, {
    now: context.now,
    memberZones: context.zones.member.map((zone) => zone.name),
    rules: context.rules,
  });
  if (refusal !== undefined) return refuse({ status: 403, body: apiError("forbidden", refusal) });
  const changeable = changeableReference(entry, context.unsettled);
  if (!changeable.ok) return changeable;
  const { referenceId } = changeable;
  if (request.action === "update") return planUpdate(entry, request, referenceId, context);
  return {
    ok: true,
    plan: {
      request,
      referenceId,
      fields: {},
      after: entry.current,
      sentBody: { referenceID: referenceId },
    },
  };
}
