import { zodResolver } from "@hookform/resolvers/zod";
import {
  type RECONCILIATION_FINDINGS,
  type ReconciliationInputBody,
  reconciliationInputSchema,
} from "@permit-desk/schema";
import type { Resolver } from "react-hook-form";

type Finding = (typeof RECONCILIATION_FINDINGS)[number];

/** What the form's controls hold: no finding chosen yet is `""`. */
export type ReconciliationFormValues = {
  finding: Finding | "";
  referenceId: string;
  note: string;
};

export const BLANK_RECONCILIATION_FORM: ReconciliationFormValues = {
  finding: "",
  referenceId: "",
  note: "",
};

export const FINDING_REQUIRED = "Choose what OPSCOM shows.";

/** The body the BFF expects, or undefined while no finding is chosen. */
export function toReconciliationInput(
  values: ReconciliationFormValues,
): ReconciliationInputBody | undefined {
  const note = values.note.trim() === "" ? undefined : values.note;
  if (values.finding === "exists") {
    return { finding: "exists", referenceId: values.referenceId, note };
  }
  if (values.finding === "absent") return { finding: "absent", note };
  return undefined;
}

/** The shared reconciliation schema over the form; the reference only counts when it exists. */
export function reconciliationFormResolver(): Resolver<
  ReconciliationFormValues,
  unknown,
  ReconciliationInputBody
> {
  const inputResolver = zodResolver(reconciliationInputSchema);
  return async (values, context, { criteriaMode, fields, shouldUseNativeValidation }) => {
    const input = toReconciliationInput(values);
    if (input === undefined) {
      return { values: {}, errors: { finding: { type: "required", message: FINDING_REQUIRED } } };
    }
    return inputResolver(input, context, { criteriaMode, fields, shouldUseNativeValidation });
  };
}
