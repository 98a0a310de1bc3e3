import { zodResolver } from "@hookform/resolvers/zod";
import {
  type ChangeFinding,
  type ChangeReconciliationInput,
  changeReconciliationInputSchema,
} from "@permit-desk/schema";
import type { Resolver } from "react-hook-form";

/** What the form's controls hold: no finding chosen yet is `""`. */
export type ChangeReconciliationFormValues = { finding: ChangeFinding | ""; note: string };

export const BLANK_CHANGE_RECONCILIATION_FORM: ChangeReconciliationFormValues = {
  finding: "",
  note: "",
};

export const CHANGE_FINDING_REQUIRED = "Choose what OPSCOM shows.";

/** The shared schema over the form; a blank note is no note. */
export function changeReconciliationFormResolver(): Resolver<
  ChangeReconciliationFormValues,
  unknown,
  ChangeReconciliationInput
> {
  const inputResolver = zodResolver(changeReconciliationInputSchema);
  return async (
    { finding, note },
    context,
    { criteriaMode, fields, shouldUseNativeValidation },
  ) => {
    if (finding === "") {
      return {
        values: {},
        errors: { finding: { type: "required", message: CHANGE_FINDING_REQUIRED } },
      };
    }
    const input = { finding, ...(note.trim() !== "" && { note }) };
    return inputResolver(input, context, { criteriaMode, fields, shouldUseNativeValidation });
  };
}
