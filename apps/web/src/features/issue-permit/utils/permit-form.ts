import { zodResolver } from "@hookform/resolvers/zod";
import {
  amountSchema,
  type ClientConfig,
  durationId,
  isOneOf,
  normalizePlate,
  PERMIT_DRAFT_FIELDS,
  type PermitDraft,
  type PermitDraftField,
  type PermitDraftInput,
  permitDraftSchema,
  plateSchema,
  problemAsText,
  type ValidityBounds,
  validityIssues,
} from "@permit-desk/schema";
import type {
  FieldErrors,
  Resolver,
  ResolverResult,
  ResolverSuccess,
  UseFormReturn,
} from "react-hook-form";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { fieldErrorWords } from "../../../lib/i18n/problem-words.ts";
import { issuePermitMessages } from "../messages.ts";
import { DEFAULT_DURATION, defaultValidity, validityInstants } from "./validity.ts";
/**
 * What the form's inputs hold: text as typed, with validFrom and validUntil as wall-clock
 * times in the site's zone (`YYYY-MM-DDTHH:mm`, as a `datetime-local` input shows them).
 * Besides the draft's fields: the duration chosen (a `durationId`, or custom), the template
 * applied (its id, or blank) and the plate typed a second time where the site asks for it.
 */
export type PermitFormValues = Record<PermitDraftField, string> & {
  duration: string;
  template: string;
  plateAgain: string;
};

/** The form before the site's settings have arrived: only what needs none of them can be typed. */
export const UNCONFIGURED_PERMIT_FORM: PermitFormValues = {
  plate: "",
  plateAgain: "",
  zone: "",
  validFrom: "",
  validUntil: "",
  duration: durationId(DEFAULT_DURATION),
  amount: "",
  currency: "",
  permitNo: "",
  template: "",
};

/**
 * A form ready for the next permit. A desk mostly issues for one zone: the first configured
 * zone to begin with, then the zone of the previous permit.
 */
export function blankPermitForm(config: ClientConfig, now: Date, zone?: string): PermitFormValues {
  return {
    ...UNCONFIGURED_PERMIT_FORM,
    zone: zone ?? config.zones[0] ?? "",
    ...defaultValidity(now, config.siteTimeZone),
    currency: config.defaultCurrency,
  };
}

/** Several plates go in one field, parted by commas, semicolons or line breaks. */
const PLATE_SEPARATOR = /[,;\n]+/;

/** The plates typed into the plate field, as typed, blanks dropped: one permit each. */
export function typedPlates(text: string): string[] {
  return text
    .split(PLATE_SEPARATOR)
    .map((plate) => plate.trim())
    .filter((plate) => plate !== "");
}

/**
 * The plates typed, as typed, each once: a plate that normalises to one listed before it (`ZZ900,
 * zz 900`) is the same plate, which gets one permit, not a second.
 */
export function distinctTypedPlates(text: string): string[] {
  const seen = new Set<string>();
  return typedPlates(text).filter((plate) => {
    const normal = normalizePlate(plate);
    if (seen.has(normal)) return false;
    seen.add(normal);
    return true;
  });
}

/** The normalised plates of a field, in order and each once: what would be sent. */
export function normalisedPlates(text: string): string[] {
  return distinctTypedPlates(text).map(normalizePlate);
}

/** Plates listed more than once in a field (after normalisation), each named once. */
export function repeatedPlates(text: string): string[] {
  const plates = typedPlates(text).map(normalizePlate);
  return [...new Set(plates.filter((plate, at) => plates.indexOf(plate) !== at))];
}

/** The plate field with its `index`-th plate replaced, the others as typed, comma-parted. */
export function withPlateReplaced(text: string, index: number, plate: string): string {
  const plates = typedPlates(text);
  if (plates.length <= 1) return plate;
  return plates.map((typed, at) => (at === index ? plate : typed)).join(", ");
}

/**
 * What a typed plate or amount will be sent as, once it is one the BFF accepts; nothing
 * otherwise (nor for a blank), so that the hint never promises a value the field's error refuses.
 */
const sentAs = (schema: typeof plateSchema | typeof amountSchema) => (typed: string) => {
  const parsed = typed.trim() === "" ? undefined : schema.safeParse(typed);
  return parsed?.success ? parsed.data : undefined;
};
export const plateSentAs = sentAs(plateSchema);
export const amountSentAs = sentAs(amountSchema);

/** The issue-permit form: its inputs as typed, and the draft they give once valid. */
export type PermitForm = UseFormReturn<PermitFormValues, unknown, PermitFormOutput>;

/** What a valid form gives: one draft per plate typed, the rest of the form shared. */
type PermitFormOutput = { drafts: PermitDraft[] };

export type PermitFormResolverOptions = {
  siteTimeZone: string;
  /** The site's bounds on a permit's start and length, judged as of `now()`. */
  validityBounds: ValidityBounds;
  now?: () => Date;
  /** "twice": the site wants the plate typed again, and both must agree. */
  plateEntry: "single" | "twice";
  /** The language of the resolver's own words; a field's own problems stay codes. */
  locale: Locale;
};

export function toPermitDraftInput(
  values: PermitFormValues,
  siteTimeZone: string,
): PermitDraftInput {
  return {
    plate: values.plate,
    zone: values.zone,
    amount: values.amount,
    permitNo: values.permitNo,
    // A free permit names no currency: a currency means something only beside an amount.
    currency: values.amount.trim() === "" ? "" : values.currency,
    ...validityInstants(values, siteTimeZone),
  };
}

function isResolved<V extends Record<string, unknown>, T>(
  result: ResolverResult<V, T>,
): result is ResolverSuccess<T> {
  return Object.keys(result.errors).length === 0;
}

const isDraftField = (name: string) => isOneOf(PERMIT_DRAFT_FIELDS, name);

/**
 * The shared draft schema over the form, its site wall-clock times read as instants with
 * offsets, once for each plate typed. The first plate is judged with the whole draft; any
 * others by the plate's own rules, since everything else is shared.
 */
export function permitFormResolver({
  siteTimeZone,
  validityBounds,
  now = () => new Date(),
  plateEntry,
  locale,
}: PermitFormResolverOptions): Resolver<PermitFormValues, unknown, PermitFormOutput> {
  const draftResolver = zodResolver(permitDraftSchema);
  const t = issuePermitMessages.in(locale);
  /** A plate among several was refused: says which, in the words of the moment. */
  const platePrefixed = (plate: string, message: string) =>
    t("platePrefixed", { plate, message: fieldErrorWords(message, locale).join(" ") });
  return async (
    values,
    context,
    { criteriaMode, fields, names, shouldUseNativeValidation },
  ): Promise<ResolverResult<PermitFormValues, PermitFormOutput>> => {
    const plates = distinctTypedPlates(values.plate);
    const several = plates.length > 1;
    const first = await draftResolver(
      toPermitDraftInput({ ...values, plate: plates[0] ?? "" }, siteTimeZone),
      context,
      { criteriaMode, fields, names: names?.filter(isDraftField), shouldUseNativeValidation },
    );
    const errors: FieldErrors<PermitFormValues> = {};
    for (const [field, error] of Object.entries(first.errors)) {
      if (!isDraftField(field) || !error?.message) continue;
      const message = String(error.message);
      errors[field] = {
        type: String(error.type),
        message: field === "plate" && several ? platePrefixed(plates[0] ?? "", message) : message,
      };
    }
    {
      // Judged as soon as the times read, whatever else is still missing (the plate, say): a
      // start too far ahead is said at Valid from while the clerk is there, not after Issue.
      const outside = validityIssues(validityInstants(values, siteTimeZone), {
        bounds: validityBounds,
        now: now(),
        siteTimeZone,
      });
      for (const { field, problem } of outside) {
        const before = errors[field]?.message;
        const text = problemAsText(problem);
        errors[field] = {
          type: "validate",
          message: before === undefined ? text : `${before}\n${text}`,
        };
      }
    }
    const plateProblems = plates.slice(1).flatMap((plate) => {
      const parsed = plateSchema.safeParse(plate);
      return parsed.success ? [] : [platePrefixed(plate, parsed.error.issues[0]?.message ?? "")];
    });
    if (plateProblems.length > 0) {
      const before = errors.plate?.message;
      errors.plate = {
        type: "validate",
        message: [before, ...plateProblems].filter(Boolean).join("\n"),
      };
    }
    if (plateEntry === "twice") {
      const again = normalisedPlates(values.plateAgain);
      if (again.length === 0 && plates.length > 0) {
        errors.plateAgain = { type: "required", message: t("plateAgainMissing") };
      } else if (again.join(",") !== normalisedPlates(values.plate).join(",")) {
        errors.plateAgain = { type: "validate", message: t("plateAgainDiffers") };
      }
    }
    if (Object.keys(errors).length > 0 || !isResolved(first)) return { values: {}, errors };
    const draft = first.values;
    return {
      values: { drafts: normalisedPlates(values.plate).map((plate) => ({ ...draft, plate })) },
      errors: {},
    };
  };
}
