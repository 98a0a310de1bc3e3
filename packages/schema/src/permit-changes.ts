import * as z from "zod/mini";
import { PERMIT_NUMBER_MAX_LENGTH, zoneSchema } from "./draft.ts";
import { noteSchema } from "./note.ts";
import { opscomAnswerSchema } from "./outcome-details.ts";
import { normalizePlate, plateSchema } from "./plate.ts";
import { problem, problemAsText, type RequestBody } from "./problems.ts";
import { instantSchema } from "./time.ts";

export const CHANGE_REASON_MAX_LENGTH = 500;

/** What a change does: Permit Update corrects or extends, Permit Delete voids. */
export const PERMIT_CHANGE_ACTIONS = ["update", "void"] as const;
export type PermitChangeAction = (typeof PERMIT_CHANGE_ACTIONS)[number];

/** The facts of a permit that Permit Update can correct. Amount and currency are not among them. */
export const CHANGEABLE_FIELDS = ["plate", "zone", "validFrom", "validUntil", "permitNo"] as const;
export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

/**
 * What became of a change: `applied` once OPSCOM confirmed it, `unknown` when OPSCOM never said
 * either way, `not_sent` when it provably never left (the same request may be sent again).
 */
export const PERMIT_CHANGE_STATES = [
  "pending",
  "applied",
  "rejected",
  "unknown",
  "not_sent",
] as const;
export type PermitChangeState = (typeof PERMIT_CHANGE_STATES)[number];

/** What staff found in OPSCOM about a change it never confirmed. */
export const CHANGE_FINDINGS = ["applied", "not_applied"] as const;
export type ChangeFinding = (typeof CHANGE_FINDINGS)[number];

/**
 * A permit's status, derived from its entries: `unconfirmed` while OPSCOM has not confirmed its
 * creation or its latest change (it may or may not be as shown), `not_issued` when OPSCOM never
 * made it (refused, never reached, or found absent).
 */
export const PERMIT_STATUSES = ["active", "voided", "unconfirmed", "not_issued"] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

export const changeReasonSchema = z
  .string({ error: "reason_required" })
  .check(
    z.trim(),
    z.minLength(1, "reason_required"),
    z.maxLength(CHANGE_REASON_MAX_LENGTH, "reason_too_long"),
  );

/**
 * A new permit number. OPSCOM reads a blank value as "not given", so a number cannot be removed
 * through Permit Update: a blank one is refused rather than silently kept.
 */
const newPermitNumberSchema = z
  .string({ error: "permit_number_not_text" })
  .check(
    z.trim(),
    z.minLength(1, "permit_number_removed"),
    z.maxLength(PERMIT_NUMBER_MAX_LENGTH, "permit_number_too_long"),
  );

/** A body that is not an object, or has fields a change does not have, is refused by name. */
const bodyError = (body: RequestBody) => (issue: z.core.$ZodRawIssue) =>
  problemAsText(
    issue.code === "unrecognized_keys"
      ? problem("body_unknown_fields", { body, fields: issue.keys.join(", ") })
      : problem("body_not_object", { body }),
  );

/** The new values of a correction; what is left out stays as it is. */
export const permitCorrectionSchema = z
  .strictObject(
    {
      plate: z.optional(plateSchema),
      zone: z.optional(zoneSchema),
      validFrom: z.optional(instantSchema),
      validUntil: z.optional(instantSchema),
      permitNo: z.optional(newPermitNumberSchema),
    },
    { error: bodyError("correction") },
  )
  .check(
    z.refine((changes) => CHANGEABLE_FIELDS.some((field) => changes[field] !== undefined), {
      message: "correction_empty",
      // Judged only once every given value was readable.
      when: ({ issues }) => issues.length === 0,
    }),
  );
export type PermitCorrection = z.output<typeof permitCorrectionSchema>;

/**
 * `POST /api/permits/:id/changes`: correct or extend a permit through Permit Update, or void it
 * through Permit Delete. An extension is an update of `validUntil` alone; an undo is a void.
 */
export const permitChangeInputSchema = z.discriminatedUnion(
  "action",
  [
    z.strictObject(
      { action: z.literal("update"), changes: permitCorrectionSchema, reason: changeReasonSchema },
      { error: bodyError("update") },
    ),
    z.strictObject(
      { action: z.literal("void"), reason: changeReasonSchema },
      { error: bodyError("void") },
    ),
  ],
  { error: "change_action_required" },
);
export type PermitChangeInput = z.input<typeof permitChangeInputSchema>;
export type PermitChangeRequest = z.output<typeof permitChangeInputSchema>;

/** `POST /api/permits/:id/changes/:changeId/reconciliations`: what OPSCOM shows of the change. */
export const changeReconciliationInputSchema = z.strictObject(
  {
    finding: z.enum(CHANGE_FINDINGS, { error: "finding_required" }),
    note: noteSchema,
  },
  { error: bodyError("finding") },
);
export type ChangeReconciliationInput = z.input<typeof changeReconciliationInputSchema>;

/** The permit as its entries make it now. */
export const currentPermitSchema = z.object({
  plate: z.string(),
  /** The zone's name as last sent to OPSCOM (with the permit, or with its latest correction). */
  zone: z.string(),
  /** The zone the permit is in, by identity, and what that zone is called now (decision 016). */
  zoneId: z.string(),
  zoneName: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  permitNo: z.optional(z.string()),
  status: z.enum(PERMIT_STATUSES),
  /**
   * True once OPSCOM confirmed (or staff found) at least one correction: an update that is not an
   * extension (see `changeKindOf`). `correctedAt` and `extendedAt` are the latest of each.
   */
  corrected: z.boolean(),
  correctedAt: z.optional(z.string()),
  extendedAt: z.optional(z.string()),
  voidedAt: z.optional(z.string()),
  /** The void that OPSCOM confirmed (or staff found applied): who asked for it. */
  voidedBy: z.optional(z.string()),
  voidedByName: z.optional(z.string()),
});
export type CurrentPermit = z.infer<typeof currentPermitSchema>;

const fieldChangeSchema = z.object({ before: z.unknown(), after: z.unknown() });

export const changeReconciliationSchema = z.object({
  id: z.string(),
  reconciledAt: z.string(),
  reconciledBy: z.string(),
  finding: z.enum(CHANGE_FINDINGS),
  note: z.optional(z.string()),
  /**
   * When OPSCOM's own answer, come after this finding (its request had been called interrupted),
   * was recorded: that answer decides; the finding is kept as staff wrote it.
   */
  supersededAt: z.optional(z.string()),
});
export type ChangeReconciliation = z.infer<typeof changeReconciliationSchema>;

/** One change in a permit's chain, with what was sent and what OPSCOM answered. */
export const permitChangeSchema = z.object({
  id: z.string(),
  action: z.enum(PERMIT_CHANGE_ACTIONS),
  /** The member's username, and their display name when the account still exists. */
  actor: z.string(),
  actorName: z.optional(z.string()),
  createdAt: z.string(),
  completedAt: z.optional(z.string()),
  reason: z.string(),
  /** Only the fields the change sets, each as before → after; empty for a void. */
  fields: z.partialRecord(z.enum(CHANGEABLE_FIELDS), fieldChangeSchema),
  state: z.enum(PERMIT_CHANGE_STATES),
  /** The latest staff finding on an `unknown` change; it decides over the state when present. */
  finding: z.optional(z.enum(CHANGE_FINDINGS)),
  sentBody: z.record(z.string(), z.unknown()),
  opscom: opscomAnswerSchema,
  reconciliations: z.array(changeReconciliationSchema),
});
export type PermitChange = z.infer<typeof permitChangeSchema>;

/** What a change did, in staff's terms: a later end alone is an extension. */
export type ChangeKind = "correct" | "extend" | "void";

/** The kind of a change from what it set; the web names it, the BFF dates the latest of each. */
export function changeKindOf(change: {
  action: PermitChangeAction;
  fields: Partial<Record<ChangeableField, { before: unknown; after: unknown }>>;
}): ChangeKind {
  if (change.action === "void") return "void";
  const end = change.fields.validUntil;
  const later =
    typeof end?.after === "string" &&
    typeof end.before === "string" &&
    Date.parse(end.after) > Date.parse(end.before);
  return Object.keys(change.fields).length === 1 && later ? "extend" : "correct";
}

/**
 * The permit number with a corrected plate in place of the old one, as a pattern with `{plate}`
 * would have made it (`L4-20261206-GHK789` → `L4-20261206-GHK798`); undefined when the number
 * does not hold the old plate, or the plate does not change.
 */
export function permitNumberWithPlate(
  permitNo: string | undefined,
  plates: { from: string; to: string },
): string | undefined {
  const from = normalizePlate(plates.from);
  const to = normalizePlate(plates.to);
  if (permitNo === undefined || from === "" || to === "" || from === to) return undefined;
  if (!permitNo.includes(from)) return undefined;
  const renumbered = permitNo.split(from).join(to);
  return renumbered.length <= PERMIT_NUMBER_MAX_LENGTH ? renumbered : undefined;
}
