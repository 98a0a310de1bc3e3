import { zodResolver } from "@hookform/resolvers/zod";
import {
  type ChangeFinding,
  type ChangeReconciliationInput,
  changeReconciliationInputSchema,
  type PermitRecord,
  problemAsText,
  type RECONCILIATION_FINDINGS,
  type ReconciliationInputBody,
  reconciliationInputSchema,
} from "@permit-desk/schema";
import type { UseMutationResult } from "@tanstack/react-query";
import { useMemo } from "react";
import { type DefaultValues, type FieldValues, type Resolver, useForm } from "react-hook-form";
import { useRecordChangeReconciliation, useRecordReconciliation } from "./api.ts";

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

/** What the form for a change OPSCOM did not confirm holds. */
type ChangeReconciliationFormValues = { finding: ChangeFinding | ""; note: string };

const BLANK_CHANGE_RECONCILIATION_FORM: ChangeReconciliationFormValues = {
  finding: "",
  note: "",
};

export const FINDING_REQUIRED = problemAsText({ code: "finding_required" });

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

/** The shared schema over the form for a change; a blank note is no note. */
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
      return { values: {}, errors: { finding: { type: "required", message: FINDING_REQUIRED } } };
    }
    const input = { finding, ...(note.trim() !== "" && { note }) };
    return inputResolver(input, context, { criteriaMode, fields, shouldUseNativeValidation });
  };
}

/** A finding form: it sends once valid, then clears, keeping the finding it recorded. */
function useFindingForm<Values extends FieldValues, Input>(
  makeResolver: () => Resolver<Values, unknown, Input>,
  blank: Values,
  recording: UseMutationResult<PermitRecord, Error, Input>,
) {
  const resolver = useMemo(makeResolver, [makeResolver]);
  const form = useForm<Values, unknown, Input>({
    resolver,
    defaultValues: blank as DefaultValues<Values>,
  });
  const submit = form.handleSubmit(async (input) => {
    try {
      await recording.mutateAsync(input);
      form.reset(blank);
    } catch {
      // The mutation keeps the error; the form shows it.
    }
  });

  const failure = recording.isError ? recording.error : undefined;
  // The finding itself, not a sentence: the page words it in the language shown.
  const recorded = recording.isSuccess ? recording.variables : undefined;
  return { form, submit, isRecording: recording.isPending, failure, recorded };
}

/** Records what staff found in OPSCOM about a permit it never confirmed. */
export function useReconciliationForm(recordId: string) {
  const mutation = useRecordReconciliation(recordId);
  return useFindingForm(reconciliationFormResolver, BLANK_RECONCILIATION_FORM, mutation);
}

/** Records what staff found in OPSCOM about a change it never confirmed. */
export function useChangeReconciliationForm(permitId: string, changeId: string) {
  const mutation = useRecordChangeReconciliation(permitId, changeId);
  return useFindingForm(
    changeReconciliationFormResolver,
    BLANK_CHANGE_RECONCILIATION_FORM,
    mutation,
  );
}
