import * as z from "zod/mini";
import { problemSchema } from "./api-error.ts";
import { PERMIT_DRAFT_FIELDS } from "./draft-fields.ts";
import { PERMIT_FIELD_NAMES } from "./opscom-wire.ts";

/** The longest list issued at once. */
export const BATCH_MAX_ROWS = 10_000;

/** The longest text one cell of a list may hold: longer than any field allows, so it is refused by its field. */
const CELL_MAX_LENGTH = 256;

const cell = z.optional(z.string().check(z.maxLength(CELL_MAX_LENGTH, "batch_cell_too_long")));

/**
 * One row of a list as the browser parsed it, under Permit Desk's field names: any field may be
 * missing, to be taken from the values set for the whole list. Each row is then checked by the
 * permit draft's own schema, exactly as the form is (`permitDraftSchema`).
 */
const cells = Object.fromEntries(PERMIT_DRAFT_FIELDS.map((field) => [field, cell])) as Record<
  (typeof PERMIT_DRAFT_FIELDS)[number],
  typeof cell
>;
const batchValuesSchema = z.object(cells);
export const batchRowInputSchema = z.object({
  ...cells,
  /**
   * The row's number in the list as read (1 for its first row), kept when rows are left out so
   * the preview, the batch and its result name each row as the file does; by default its place.
   * The server refuses numbers that do not ascend.
   */
  row: z.optional(z.number()),
});
export type BatchRowInput = z.infer<typeof batchRowInputSchema>;

/** A list to check or issue: its rows, and what a row lacks (from a template, or set for the list). */
export const batchInputSchema = z.object({
  rows: z
    .array(batchRowInputSchema)
    .check(
      z.minLength(1, "batch_rows_required"),
      z.maxLength(BATCH_MAX_ROWS, "batch_too_many_rows"),
    ),
  values: z.optional(batchValuesSchema),
  /** The template the list's values came from, kept with the batch for the record. */
  templateId: z.optional(z.string().check(z.maxLength(CELL_MAX_LENGTH))),
});
export type BatchInput = z.infer<typeof batchInputSchema>;

const count = z.number();
const amountsSchema = z.array(z.object({ currency: z.string(), amount: z.string() }));

/** One row of a preview: what refuses it, field by field, and what to look at before sending it. */
export const batchPreviewRowSchema = z.object({
  /** 1 for the list's first row. */
  position: count,
  plate: z.string(),
  fieldErrors: z.optional(z.record(z.string(), z.array(problemSchema))),
  /** The row is refused as a whole (its zone is not the member's, say). */
  refusal: z.optional(problemSchema),
  warnings: z.array(problemSchema),
});
export type BatchPreviewRow = z.infer<typeof batchPreviewRowSchema>;

export const batchPreviewSchema = z.object({
  rows: z.array(batchPreviewRowSchema),
  totals: z.object({
    rows: count,
    toIssue: count,
    refused: count,
    warned: count,
    /** The amounts of the rows to issue, by currency, as two-decimal text. */
    amounts: amountsSchema,
  }),
});
export type BatchPreview = z.infer<typeof batchPreviewSchema>;

export const BATCH_STATES = ["ready", "running", "paused", "done"] as const;
export type BatchState = (typeof BATCH_STATES)[number];

/** A batch and how far it is: what its rows became so far. */
export const batchSchema = z.object({
  id: z.string(),
  state: z.enum(BATCH_STATES),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The zones its rows are issued in, as they are called now. */
  zones: z.array(z.string()),
  templateId: z.optional(z.string()),
  rows: count,
  /** Refused on arrival by the same checks as the form: never sent. */
  refusedOnArrival: count,
  /** Rows that reached OPSCOM or may have (issued, refused, unknown), or were being sent. */
  sent: count,
  issued: count,
  /** Refused by OPSCOM, by its error code (absent when it gave none). */
  refused: z.array(z.object({ opscomErrorCode: z.optional(count), count })),
  /** Not confirmed: OPSCOM may hold them; each is listed for a finding like a form's permit. */
  unknown: count,
  /** OPSCOM could not be reached: nothing was sent. */
  notSent: count,
  /** Still to send. */
  waiting: count,
  /** Rows settled per second since the batch started, and the seconds its waiting rows will take at that rate. */
  ratePerSecond: z.optional(z.number()),
  secondsLeft: z.optional(z.number()),
  startedAt: z.optional(z.string()),
  finishedAt: z.optional(z.string()),
  /** On creation: the rows refused on arrival, each with its problems. */
  refusedRows: z.optional(z.array(batchPreviewRowSchema)),
});
export type Batch = z.infer<typeof batchSchema>;

export const batchListSchema = z.object({ batches: z.array(batchSchema) });

/** Start or resume (`running`), or pause (`paused`). */
export const batchStateChangeSchema = z.object({ state: z.enum(["running", "paused"]) });

/**
 * The draft field a list's column header names: Permit Desk's own names, the words its screens
 * use for them in either language, and every name OPSCOM's Push API accepts (`LicencePlate`,
 * `ParkingZoneName`, `StartDateUtc`…, see `PERMIT_FIELD_NAMES`), whatever their capitals, spaces,
 * dots, hyphens or underscores.
 */
const WIRE_FIELD_OF_DRAFT = {
  plate: "LicencePlate",
  zone: "zone",
  validFrom: "startTime",
  validUntil: "endTime",
  amount: "Amount",
  currency: "CurrencyID",
  permitNo: "permitNo",
} as const satisfies Record<(typeof PERMIT_DRAFT_FIELDS)[number], keyof typeof PERMIT_FIELD_NAMES>;

/**
 * The words Permit Desk's screens use for each field, in English and French: the Lists page says a
 * list's columns are the plate, the zone, the start, the end…, and a column so named is read.
 */
const WORDS_OF_DRAFT_FIELD = {
  plate: ["plate", "licence plate", "license plate", "plaque", "plaque d'immatriculation"],
  zone: ["zone", "parking zone"],
  validFrom: ["start", "valid from", "début", "valide du", "valide à partir de"],
  validUntil: ["end", "valid until", "fin", "valide jusqu'au", "valide jusqu'à"],
  amount: ["amount", "montant"],
  currency: ["currency", "devise"],
  permitNo: ["permit number", "permit no", "permit no.", "numéro de permis", "no de permis"],
} as const satisfies Record<(typeof PERMIT_DRAFT_FIELDS)[number], readonly string[]>;

const headerKey = (header: string) =>
  header
    .normalize("NFC")
    .toLowerCase()
    // A word processor's apostrophe is the same word's.
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\s_.-]+/g, "");

const FIELD_OF_HEADER = new Map<string, (typeof PERMIT_DRAFT_FIELDS)[number]>(
  PERMIT_DRAFT_FIELDS.flatMap((field) =>
    [field, ...PERMIT_FIELD_NAMES[WIRE_FIELD_OF_DRAFT[field]], ...WORDS_OF_DRAFT_FIELD[field]].map(
      (name) => [headerKey(name), field] as const,
    ),
  ),
);

export function draftFieldOfHeader(
  header: string,
): (typeof PERMIT_DRAFT_FIELDS)[number] | undefined {
  return FIELD_OF_HEADER.get(headerKey(header));
}
