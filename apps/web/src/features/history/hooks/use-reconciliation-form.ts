import type { ReconciliationInputBody } from "@permit-desk/schema";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { problemOf } from "../../../lib/api-request-error.ts";
import { useRecordReconciliation } from "../api/record-reconciliation.ts";
import { FINDING_LABELS } from "../utils/permit-state-labels.ts";
import {
  BLANK_RECONCILIATION_FORM,
  type ReconciliationFormValues,
  reconciliationFormResolver,
} from "../utils/reconciliation-form.ts";

function recordedMessage(input: ReconciliationInputBody): string {
  const reference = input.finding === "exists" ? `, reference ${input.referenceId}` : "";
  return `Finding recorded. ${FINDING_LABELS[input.finding]}${reference}.`;
}

/** Records what staff found in OPSCOM about a permit it never confirmed. */
export function useReconciliationForm(recordId: string) {
  const resolver = useMemo(reconciliationFormResolver, []);
  const form = useForm<ReconciliationFormValues, unknown, ReconciliationInputBody>({
    resolver,
    defaultValues: BLANK_RECONCILIATION_FORM,
  });
  const mutation = useRecordReconciliation();
  const [recorded, setRecorded] = useState("");

  const submit = form.handleSubmit(async (input) => {
    setRecorded("");
    try {
      await mutation.mutateAsync({ id: recordId, input });
      form.reset(BLANK_RECONCILIATION_FORM);
      setRecorded(recordedMessage(input));
    } catch {
      // The mutation keeps the error; the form shows it.
    }
  });

  const problem = mutation.isError ? problemOf(mutation.error) : undefined;
  return { form, submit, isRecording: mutation.isPending, problem, recorded };
}
