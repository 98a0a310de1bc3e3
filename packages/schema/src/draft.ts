import * as z from "zod/mini";
import { PERMIT_DRAFT_FIELDS } from "./draft-fields.ts";
import { amountSchema, currencySchema } from "./money.ts";
import { plateSchema } from "./plate.ts";
import { instantSchema } from "./time.ts";

export const ZONE_MAX_LENGTH = 200;

export const PERMIT_NUMBER_MAX_LENGTH = 50;

export const zoneSchema = z
  .string({ error: "Choose a zone." })
  .check(
    z.trim(),
    z.minLength(1, "Choose a zone."),
    z.maxLength(ZONE_MAX_LENGTH, `A zone name has at most ${ZONE_MAX_LENGTH} characters.`),
  );

export const permitNumberSchema = z
  .string()
  .check(
    z.trim(),
    z.maxLength(
      PERMIT_NUMBER_MAX_LENGTH,
      `A permit number has at most ${PERMIT_NUMBER_MAX_LENGTH} characters.`,
    ),
  );

/** An optional text field: a blank input means "not given". */
function optionalText<T extends z.ZodMiniType<string | undefined, string>>(
  schema: T,
  notText: string,
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
    amount: optionalText(amountSchema, "Enter the amount as text, like 14.50."),
    currency: optionalText(currencySchema, "Choose a currency."),
    permitNo: optionalText(permitNumberSchema, "Enter the permit number as text."),
  })
  .check(
    z.refine(({ validFrom, validUntil }) => Date.parse(validUntil) > Date.parse(validFrom), {
      message: "The permit must end after it starts.",
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
