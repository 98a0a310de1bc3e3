import * as z from "zod/mini";
import { PERMIT_DRAFT_FIELDS } from "./draft-fields.ts";
import { amountSchema, currencySchema } from "./money.ts";
import { plateSchema } from "./plate.ts";
import type { ProblemCode } from "./problems.ts";
import { instantSchema } from "./time.ts";

export const ZONE_MAX_LENGTH = 200;

export const PERMIT_NUMBER_MAX_LENGTH = 50;

export const zoneSchema = z
  .string({ error: "zone_required" })
  .check(z.trim(), z.minLength(1, "zone_required"), z.maxLength(ZONE_MAX_LENGTH, "zone_too_long"));

export const permitNumberSchema = z
  .string()
  .check(z.trim(), z.maxLength(PERMIT_NUMBER_MAX_LENGTH, "permit_number_too_long"));

/** An optional text field: a blank input means "not given". */
function optionalText<T extends z.ZodMiniType<string | undefined, string>>(
  schema: T,
  notText: ProblemCode,
) {
  return z.pipe(
    z.pipe(
      z.optional(z.string({ error: notText })),
      z.transform((value) => (value === undefined || value.trim() === "" ? undefined : value)),
    ),
    z.optional(schema),
  );
}

/** Where an issue stops the order of the validity being judged: the body itself, or either time. */
const ORDER_INPUTS = new Set<PropertyKey | undefined>([undefined, "validFrom", "validUntil"]);

/** The permit the form edits and `POST /api/permits` accepts. */
export const permitDraftSchema = z
  .object({
    plate: plateSchema,
    zone: zoneSchema,
    validFrom: instantSchema,
    validUntil: instantSchema,
    amount: optionalText(amountSchema, "amount_not_text"),
    currency: optionalText(currencySchema, "currency_required"),
    permitNo: optionalText(permitNumberSchema, "permit_number_not_text"),
  })
  .check(
    z.refine(({ validFrom, validUntil }) => Date.parse(validUntil) > Date.parse(validFrom), {
      message: "validity_end_before_start",
      path: ["validUntil"],
      // Judged whenever both times are readable, so the clerk sees it with the other errors.
      when: ({ issues }) => !issues.some(({ path }) => ORDER_INPUTS.has(path?.[0])),
    }),
  );

export type PermitDraftInput = z.input<typeof permitDraftSchema>;
export type PermitDraft = z.output<typeof permitDraftSchema>;
export type PermitDraftField = keyof PermitDraftInput;
export { PERMIT_DRAFT_FIELDS };

// The draft's fields, named apart from the schema so that the API's error shape can list them
// without bringing every rule (and the time-zone code) into the web app's first script.
type FieldsMatchDraft = (typeof PERMIT_DRAFT_FIELDS)[number] extends PermitDraftField
  ? PermitDraftField extends (typeof PERMIT_DRAFT_FIELDS)[number]
    ? true
    : never
  : never;
const fieldsMatchDraft: FieldsMatchDraft = true;
void fieldsMatchDraft;
