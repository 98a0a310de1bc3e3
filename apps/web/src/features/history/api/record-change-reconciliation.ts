import {
  type ChangeReconciliationInput,
  type PermitRecord,
  permitRecordSchema,
} from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { permitRecordPath } from "./get-permit-record.ts";
import { permitQueryKeys } from "./permit-query-keys.ts";

export type RecordChangeReconciliationVariables = {
  permitId: string;
  changeId: string;
  input: ChangeReconciliationInput;
};

/** Records what staff found in OPSCOM of a change it never confirmed; the record comes back. */
export function recordChangeReconciliation({
  permitId,
  changeId,
  input,
}: RecordChangeReconciliationVariables): Promise<PermitRecord> {
  return apiRequest(
    `${permitRecordPath(permitId)}/changes/${encodeURIComponent(changeId)}/reconciliations`,
    { method: "POST", body: input, schema: permitRecordSchema },
  );
}

export function useRecordChangeReconciliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...permitQueryKeys.all, "reconcile-change"],
    mutationFn: recordChangeReconciliation,
    onSuccess: (record) => {
      queryClient.setQueryData(permitQueryKeys.record(record.id), record);
      return queryClient.invalidateQueries({ queryKey: permitQueryKeys.all });
    },
  });
}
