import { zodResolver } from "@hookform/resolvers/zod";
import { type PermitDraft, type PermitDraftInput, permitDraftSchema } from "@permit-desk/schema";
import type { Resolver } from "react-hook-form";
import type { PermitFormValues } from "./permit-form-values.ts";
import { siteWallTimeToInstant } from "./site-wall-time.ts";

export function toPermitDraftInput(
  values: PermitFormValues,
  siteTimeZone: string,
): PermitDraftInput {
  return {
    ...values,
    // A free permit names no currency: a currency means something only beside an amount.
    currency: values.amount.trim() === "" ? "" : values.currency,
    validFrom: siteWallTimeToInstant(values.validFrom, siteTimeZone),
    validUntil: siteWallTimeToInstant(values.validUntil, siteTimeZone),
  };
}

/** The shared draft schema over the form, its site wall-clock times read as instants with offsets. */
export function permitFormResolver(
  siteTimeZone: string,
): Resolver<PermitFormValues, unknown, PermitDraft> {
  const draftResolver = zodResolver(permitDraftSchema);
  return (values, context, { criteriaMode, fields, names, shouldUseNativeValidation }) =>
    draftResolver(toPermitDraftInput(values, siteTimeZone), context, {
      criteriaMode,
      fields,
      names,
      shouldUseNativeValidation,
    });
}
