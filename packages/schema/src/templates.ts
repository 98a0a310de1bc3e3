import * as z from "zod/mini";
import { PERMIT_NUMBER_MAX_LENGTH, zoneSchema } from "./draft.ts";
import { validityDurationSchema } from "./durations.ts";
import { amountSchema, currencySchema } from "./money.ts";
import { normalizePlate, PLATE_MAX_LENGTH } from "./plate.ts";
import { type Problem, problem, problemAsText, type RequestBody } from "./problems.ts";
import { toWallTime } from "./time.ts";

export const TEMPLATE_NAME_MAX_LENGTH = 60;

/** What each placeholder of a permit-number pattern stands for, and its longest expansion. */
export const PERMIT_NUMBER_PLACEHOLDERS = {
  plate: PLATE_MAX_LENGTH,
  yyyy: 4,
  yy: 2,
  mm: 2,
  dd: 2,
  hh: 2,
  min: 2,
} as const;
export type PermitNumberPlaceholder = keyof typeof PERMIT_NUMBER_PLACEHOLDERS;

/** Anything between braces (no brace inside) is a placeholder; every other character is literal. */
const PLACEHOLDER = /\{([^{}]*)\}/g;

function isPlaceholder(word: string): word is PermitNumberPlaceholder {
  return Object.hasOwn(PERMIT_NUMBER_PLACEHOLDERS, word);
}

/** "{plate}, {yyyy}, …": the placeholders as a pattern problem lists them. */
export const PLACEHOLDER_LIST = Object.keys(PERMIT_NUMBER_PLACEHOLDERS)
  .map((word) => `{${word}}`)
  .join(", ");

/** Why a permit-number pattern cannot be used, in terms a page can put in its own words. */
export type PermitNumberPatternProblem =
  | { kind: "unclosedBrace"; fragment: string }
  | { kind: "strayClosingBrace"; fragment: string }
  | { kind: "unknownPlaceholder"; placeholder: string }
  | { kind: "tooLong"; longestLength: number };

/** Enough of the pattern around a misplaced brace for staff to find it. */
const FRAGMENT_MAX_LENGTH = 20;
const fragmentOf = (text: string) =>
  text.length <= FRAGMENT_MAX_LENGTH ? text : `${text.slice(0, FRAGMENT_MAX_LENGTH - 1)}…`;

/**
 * The first brace that surrounds no placeholder: one left open ("L4-{plate", from it to the
 * next brace), or one closing nothing ("L4-plate}", from the previous brace to it).
 */
function braceProblem(pattern: string): PermitNumberPatternProblem | undefined {
  let open: number | undefined;
  let afterLastBrace = 0;
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (character !== "{" && character !== "}") continue;
    if (character === "{" && open !== undefined) {
      return { kind: "unclosedBrace", fragment: fragmentOf(pattern.slice(open, index)) };
    }
    if (character === "}" && open === undefined) {
      const before = pattern.slice(afterLastBrace, index + 1);
      return { kind: "strayClosingBrace", fragment: before.slice(-FRAGMENT_MAX_LENGTH) };
    }
    open = character === "{" ? index : undefined;
    afterLastBrace = index + 1;
  }
  if (open !== undefined)
    return { kind: "unclosedBrace", fragment: fragmentOf(pattern.slice(open)) };
  return undefined;
}

/** How long the pattern's permit number can get: every placeholder at its longest. */
export function longestPermitNumberLength(pattern: string): number {
  return pattern.replace(PLACEHOLDER, (whole, word: string) =>
    isPlaceholder(word) ? "x".repeat(PERMIT_NUMBER_PLACEHOLDERS[word]) : whole,
  ).length;
}

export function permitNumberPatternProblem(
  pattern: string,
): PermitNumberPatternProblem | undefined {
  const brace = braceProblem(pattern);
  if (brace !== undefined) return brace;
  for (const [placeholder, word = ""] of pattern.matchAll(PLACEHOLDER)) {
    if (!isPlaceholder(word)) return { kind: "unknownPlaceholder", placeholder };
  }
  const longestLength = longestPermitNumberLength(pattern);
  if (longestLength > PERMIT_NUMBER_MAX_LENGTH) return { kind: "tooLong", longestLength };
  return undefined;
}

/** The pattern's problem as the form and the BFF report it (the web app words it). */
export function permitNumberPatternProblemOf(found: PermitNumberPatternProblem): Problem {
  switch (found.kind) {
    case "unclosedBrace":
      return problem("pattern_unclosed_brace", { fragment: found.fragment });
    case "strayClosingBrace":
      return problem("pattern_stray_closing_brace", { fragment: found.fragment });
    case "unknownPlaceholder":
      return problem("pattern_unknown_placeholder", { placeholder: found.placeholder });
    case "tooLong":
      return problem("pattern_too_long", { length: found.longestLength });
  }
}

/**
 * The permit number a pattern gives for a plate at an instant, read in the site's time zone:
 * `L4-{yyyy}{mm}{dd}-{plate}` → `L4-20260702-ABC123`. Braces around an unknown word stay as
 * they are; `permitNumberPatternSchema` refuses such a pattern before it is saved.
 */
export function expandPermitNumber(
  pattern: string,
  { plate, at, siteTimeZone }: { plate: string; at: Date; siteTimeZone: string },
): string {
  const wall = toWallTime(at, siteTimeZone);
  const values: Record<PermitNumberPlaceholder, string> = {
    plate: normalizePlate(plate),
    yyyy: wall.slice(0, 4),
    yy: wall.slice(2, 4),
    mm: wall.slice(5, 7),
    dd: wall.slice(8, 10),
    hh: wall.slice(11, 13),
    min: wall.slice(14, 16),
  };
  return pattern
    .replace(PLACEHOLDER, (whole, word: string) => (isPlaceholder(word) ? values[word] : whole))
    .trim();
}

export const templateNameSchema = z
  .string({ error: "template_name_required" })
  .check(
    z.trim(),
    z.minLength(1, "template_name_required"),
    z.maxLength(TEMPLATE_NAME_MAX_LENGTH, "template_name_too_long"),
  );

export const permitNumberPatternSchema = z
  .string({ error: "permit_number_pattern_not_text" })
  .check(
    z.trim(),
    z.superRefine((pattern, context) => {
      const problem = permitNumberPatternProblem(pattern);
      if (problem !== undefined)
        context.addIssue({
          code: "custom",
          message: problemAsText(permitNumberPatternProblemOf(problem)),
        });
    }),
  );

/** An optional text in a body: absent, or blank as a form sends it, means "none". */
function optionalText<T extends z.ZodMiniType<string, string>>(schema: T) {
  return z.pipe(
    z.pipe(
      z.optional(z.string()),
      z.transform((value) => (value === undefined || value.trim() === "" ? undefined : value)),
    ),
    z.optional(schema),
  );
}

/** A body that is not an object, or has fields no template has, is refused by name. */
const bodyError = (body: RequestBody) => (issue: z.core.$ZodRawIssue) =>
  problemAsText(
    issue.code === "unrecognized_keys"
      ? problem("body_unknown_fields", { body, fields: issue.keys.join(", ") })
      : problem("body_not_object", { body }),
  );

/** Where an issue keeps the currency from being judged: the body itself, or the currency. */
const CURRENCY_INPUTS = new Set<PropertyKey | undefined>([undefined, "currency"]);

/**
 * `POST /api/templates` and `PUT /api/templates/:id`: a template's content. No amount means a
 * free permit; a paid one names its currency.
 */
export const templateInputSchema = z
  .strictObject(
    {
      name: templateNameSchema,
      zone: zoneSchema,
      duration: validityDurationSchema,
      amount: optionalText(amountSchema),
      currency: optionalText(currencySchema),
      permitNumberPattern: optionalText(permitNumberPatternSchema),
    },
    { error: bodyError("template") },
  )
  .check(
    z.refine(({ amount, currency }) => amount === undefined || currency !== undefined, {
      message: "template_currency_required",
      path: ["currency"],
      // Judged whenever the body is an object whose currency was readable.
      when: ({ issues }) => !issues.some(({ path }) => CURRENCY_INPUTS.has(path?.[0])),
    }),
  );
export type TemplateInput = z.input<typeof templateInputSchema>;
export type TemplateContent = z.output<typeof templateInputSchema>;

export const TEMPLATE_POSITION_MAX = 9999;

/** `PATCH /api/templates/:id`: take it out of use or back, or move it in the list. */
export const templateChangeSchema = z.strictObject(
  {
    active: z.optional(z.boolean({ error: "template_active_not_boolean" })),
    position: z.optional(
      z
        .number({ error: "template_position_not_number" })
        .check(
          z.int("template_position_not_whole"),
          z.minimum(0, "template_position_too_small"),
          z.maximum(TEMPLATE_POSITION_MAX, "template_position_too_large"),
        ),
    ),
  },
  { error: bodyError("template_change") },
);
export type TemplateChange = z.input<typeof templateChangeSchema>;

/** A template as `/api/templates` answers it. */
export const templateSchema = z.object({
  id: z.string(),
  /**
   * Its key on the issue form: 1, 2, 3… over the templates the member can apply (active, in an
   * active zone of theirs), in the list's order. Absent on the others.
   */
  number: z.optional(z.number()),
  name: z.string(),
  zone: z.string(),
  duration: validityDurationSchema,
  amount: z.optional(z.string()),
  currency: z.optional(z.string()),
  permitNumberPattern: z.optional(z.string()),
  active: z.boolean(),
  position: z.number(),
});
export type Template = z.infer<typeof templateSchema>;

/** `GET /api/templates`: ordered by position, then name. */
export const templateListSchema = z.object({ templates: z.array(templateSchema) });
export type TemplateList = z.infer<typeof templateListSchema>;
