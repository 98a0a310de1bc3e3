import { zodResolver } from "@hookform/resolvers/zod";
import {
  PERMIT_DRAFT_FIELDS,
  type PermitDraft,
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
import type { PermitFormValues } from "./permit-form-values.ts";
import { normalisedPlates, repeatedPlates, typedPlates } from "./typed-plates.ts";
import { validityInstants } from "./validity-instants.ts";

/** The issue-permit form: its inputs as typed, and the draft they give once valid. */
export type PermitForm = UseFormReturn<PermitFormValues, unknown, PermitFormOutput>;

/** What a valid form gives: one draft per plate typed, the rest of the form shared. */
type PermitFormOutput = { drafts: PermitDraft[] };

/** The resolver's own words, in the user's language. */
export type ResolverMessages = {
  /** A plate among several was refused: says which. */
  platePrefixed: (plate: string, message: string) => string;
  plateRepeated: (plates: string) => string;
  plateAgainDiffers: string;
  plateAgainMissing: string;
  /** The schema's problems (their codes) in the user's language. */
  translate: (message: string) => string;
};

export type PermitFormResolverOptions = {
  siteTimeZone: string;
  /** The site's bounds on a permit's start and length, judged as of `now()`. */
  validityBounds: ValidityBounds;
  now?: () => Date;
  /** "twice": the site wants the plate typed again, and both must agree. */
  plateEntry: "single" | "twice";
  messages: ResolverMessages;
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

function isDraftField(name: string): name is (typeof PERMIT_DRAFT_FIELDS)[number] {
  return PERMIT_DRAFT_FIELDS.some((field) => field === name);
}

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
  messages,
}: PermitFormResolverOptions): Resolver<PermitFormValues, unknown, PermitFormOutput> {
  const draftResolver = zodResolver(permitDraftSchema);
  return async (
    values,
    context,
    { criteriaMode, fields, names, shouldUseNativeValidation },
  ): Promise<ResolverResult<PermitFormValues, PermitFormOutput>> => {
    const plates = typedPlates(values.plate);
    const several = plates.length > 1;
    const first = await draftResolver(
      toPermitDraftInput({ ...values, plate: plates[0] ?? "" }, siteTimeZone),
      context,
      { criteriaMode, fields, names: names?.filter(isDraftField), shouldUseNativeValidation },
    );
    const errors: FieldErrors<PermitFormValues> = {};
    for (const [field, error] of Object.entries(first.errors)) {
      if (!isDraftField(field) || !error?.message) continue;
      const message = messages.translate(String(error.message));
      errors[field] = {
        type: String(error.type),
        message:
          field === "plate" && several ? messages.platePrefixed(plates[0] ?? "", message) : message,
      };
    }
    if (isResolved(first)) {
      const outside = validityIssues(first.values, {
        bounds: validityBounds,
        now: now(),
        siteTimeZone,
      });
      for (const { field, problem } of outside) {
        const before = errors[field]?.message;
        const translated = messages.translate(problemAsText(problem));
        errors[field] = {
          type: "validate",
          message: before === undefined ? translated : `${before}\n${translated}`,
        };
      }
    }
    const plateProblems = plates.slice(1).flatMap((plate) => {
      const parsed = plateSchema.safeParse(plate);
      return parsed.success
        ? []
        : [
            messages.platePrefixed(
              plate,
              messages.translate(parsed.error.issues[0]?.message ?? ""),
            ),
          ];
    });
    const repeated = repeatedPlates(normalisedPlates(values.plate));
    if (repeated.length > 0) plateProblems.push(messages.plateRepeated(repeated.join(", ")));
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
        errors.plateAgain = { type: "required", message: messages.plateAgainMissing };
      } else if (again.join(",") !== normalisedPlates(values.plate).join(",")) {
        errors.plateAgain = { type: "validate", message: messages.plateAgainDiffers };
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
