import * as z from "zod/mini";
import { ZONE_MAX_LENGTH } from "./draft.ts";
import { noteSchema } from "./note.ts";
import { opscomAnswerSchema } from "./outcome-details.ts";
import { currentPermitSchema, permitChangeSchema } from "./permit-changes.ts";
import { instantSchema } from "./time.ts";

/** What became of a permit submission; `unknown` means OPSCOM never confirmed either way. */
export const PERMIT_STATES = ["pending", "issued", "rejected", "unknown", "not_sent"] as const;
export type PermitState = (typeof PERMIT_STATES)[number];

export const RECONCILIATION_FINDINGS = ["exists", "absent"] as const;

export const reconciliationSchema = z.object({
  id: z.string(),
  reconciledAt: z.string(),
  reconciledBy: z.string(),
  finding: z.enum(RECONCILIATION_FINDINGS),
  referenceId: z.optional(z.string()),
  note: z.optional(z.string()),
  /**
   * When OPSCOM's own answer, come after this finding (its request had been called interrupted),
   * was recorded: that answer decides; the finding is kept as staff wrote it.
   */
  supersededAt: z.optional(z.string()),
});
export type PermitReconciliation = z.infer<typeof reconciliationSchema>;

/**
 * One line of the history: a submission and its outcome. The top-level facts are the permit as
 * it was submitted; `current` is what its changes have made of it since.
 */
export const permitSummarySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  /** The member who submitted it: the username, and the display name while the account exists. */
  actor: z.string(),
  actorName: z.optional(z.string()),
  plate: z.string(),
  /** The zone's name as sent to OPSCOM with the permit. */
  zone: z.string(),
  zoneId: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  amount: z.optional(z.string()),
  currency: z.optional(z.string()),
  permitNo: z.optional(z.string()),
  state: z.enum(PERMIT_STATES),
  referenceId: z.optional(z.string()),
  /** The latest staff finding on an `unknown` submission, if any; none once OPSCOM answered. */
  finding: z.optional(z.enum(RECONCILIATION_FINDINGS)),
  /** The reference staff found in OPSCOM, when the latest finding is `exists`. */
  foundReferenceId: z.optional(z.string()),
  current: currentPermitSchema,
  /** How many corrections and voids were asked for, whatever became of them. */
  changeCount: z.number(),
});
export type PermitSummary = z.infer<typeof permitSummarySchema>;

/**
 * Why OPSCOM's answer to a request is not known: none came in time, the connection dropped, what
 * came could not be read, it refused while carrying a reference (so the permit may exist), or
 * Permit Desk stopped before recording it. A record may hold another.
 */
export const UNCONFIRMED_REASONS = [
  "timeout",
  "connection_lost",
  "unreadable_answer",
  "contradictory_answer",
  "interrupted",
] as const;
export type UnconfirmedReason = (typeof UNCONFIRMED_REASONS)[number];

/** The full record of a submission, with what was sent and what OPSCOM answered. */
export const permitRecordSchema = z.object({
  ...permitSummarySchema.shape,
  sentBody: z.record(z.string(), z.unknown()),
  completedAt: z.optional(z.string()),
  opscom: opscomAnswerSchema,
  reconciliations: z.array(reconciliationSchema),
  /** Its corrections and voids, oldest first. */
  changes: z.array(permitChangeSchema),
});
export type PermitRecord = z.infer<typeof permitRecordSchema>;

export const permitPageSchema = z.object({
  permits: z.array(permitSummarySchema),
  nextCursor: z.optional(z.string()),
});
export type PermitPage = z.infer<typeof permitPageSchema>;

export const HISTORY_PAGE_SIZE = 50;

const blankAsAbsent = <T extends z.ZodMiniType<unknown, string>>(schema: T) =>
  z.pipe(
    z.pipe(
      z.optional(z.string()),
      z.transform((value) =>
        value === undefined || value.trim() === "" ? undefined : value.trim(),
      ),
    ),
    z.optional(schema),
  );

/** The history's filters, as query parameters of `GET /api/permits` and its CSV export. */
export const historyQuerySchema = z.object({
  plate: blankAsAbsent(z.string().check(z.maxLength(25, "plate_filter_too_long"))),
  zone: blankAsAbsent(z.string().check(z.maxLength(ZONE_MAX_LENGTH, "zone_too_long"))),
  state: blankAsAbsent(z.enum(PERMIT_STATES, { error: "state_unknown" })),
  /** `true`: only permits OPSCOM did not confirm with no finding yet, as the Status page counts. */
  awaitingFinding: blankAsAbsent(z.literal("true", { error: "state_unknown" })),
  /** `true`: only permits voided, as OPSCOM confirmed or staff found. */
  voided: blankAsAbsent(z.literal("true", { error: "state_unknown" })),
  /** `true`: only permits corrected or extended since they were issued, as OPSCOM confirmed. */
  changed: blankAsAbsent(z.literal("true", { error: "state_unknown" })),
  /** Permits valid at some time in [validFrom, validTo). */
  validFrom: blankAsAbsent(instantSchema),
  validTo: blankAsAbsent(instantSchema),
  /** No page of the history has a cursor this long. */
  cursor: blankAsAbsent(z.string().check(z.maxLength(200, "history_page_gone"))),
  limit: blankAsAbsent(
    z.pipe(z.string().check(z.regex(/^\d{1,3}$/, "limit_invalid")), z.transform(Number)),
  ),
});
export type HistoryQueryInput = z.input<typeof historyQuerySchema>;
export type HistoryQuery = z.output<typeof historyQuerySchema>;

/** What staff found in OPSCOM about a submission it never confirmed. */
export const reconciliationInputSchema = z.discriminatedUnion(
  "finding",
  [
    z.object({
      finding: z.literal("exists"),
      referenceId: z
        .string({ error: "reference_required" })
        .check(
          z.trim(),
          z.minLength(1, "reference_required"),
          z.maxLength(100, "reference_too_long"),
        ),
      note: noteSchema,
    }),
    z.object({ finding: z.literal("absent"), note: noteSchema }),
  ],
  { error: "finding_required" },
);
export type ReconciliationInputBody = z.input<typeof reconciliationInputSchema>;
