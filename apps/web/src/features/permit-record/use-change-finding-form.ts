import type { ChangeReconciliationInput } from "@permit-desk/schema";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useRecordChangeReconciliation } from "../history/api/record-change-reconciliation.ts";
import {
  BLANK_CHANGE_RECONCILIATION_FORM,
  type ChangeReconciliationFormValues,
  changeReconciliationFormResolver,
} from "./change-finding-values.ts";

/** Records what staff found in OPSCOM about a change it never confirmed. */
export function useChangeReconciliationForm(permitId: string, changeId: string) {
  const resolver = useMemo(changeReconciliationFormResolver, []);
  const form = useForm<ChangeReconciliationFormValues, unknown, ChangeReconciliationInput>({
    resolver,
    defaultValues: BLANK_CHANGE_RECONCILIATION_FORM,
  });
  const mutation = useRecordChangeReconciliation();
  const [recorded, setRecorded] = useState<ChangeReconciliationInput | undefined>(undefined);

  const submit = form.handleSubmit(async (input) => {
    setRecorded(undefined);
    try {
      await mutation.mutateAsync({ permitId, changeId, input });
      form.reset(BLANK_CHANGE_RECONCILIATION_FORM);
      setRecorded(input);
    } catch {
      // The mutation keeps the error; the form shows it.
    }
  });

  const failure = mutation.isError ? mutation.error : undefined;
  return { form, submit, isRecording: mutation.isPending, failure, recorded };
}
