import type { ReconciliationInputBody } from "@permit-desk/schema";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useRecordReconciliation } from "../history/api/record-reconciliation.ts";
import {
  BLANK_RECONCILIATION_FORM,
  type ReconciliationFormValues,
  reconciliationFormResolver,
} from "./findings.ts";

/** Records what staff found in OPSCOM about a permit it never confirmed. */
export function useReconciliationForm(recordId: string) {
  const resolver = useMemo(reconciliationFormResolver, []);
  const form = useForm<ReconciliationFormValues, unknown, ReconciliationInputBody>({
    resolver,
    defaultValues: BLANK_RECONCILIATION_FORM,
  });
  const mutation = useRecordReconciliation();
  // The finding itself, not a sentence: the page words it in the language shown.
  const [recorded, setRecorded] = useState<ReconciliationInputBody | undefined>(undefined);

  const submit = form.handleSubmit(async (input) => {
    setRecorded(undefined);
    try {
      await mutation.mutateAsync({ id: recordId, input });
      form.reset(BLANK_RECONCILIATION_FORM);
      setRecorded(input);
    } catch {
      // The mutation keeps the error; the form shows it.
    }
  });

  const failure = mutation.isError ? mutation.error : undefined;
  return { form, submit, isRecording: mutation.isPending, failure, recorded };
}
