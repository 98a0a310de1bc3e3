import {
  type PermitRecord,
  permitRecordSchema,
  type ReconciliationInputBody,
} from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { permitRecordPath } from "./get-permit-record.ts";
import { permitQueryKeys } from "./permit-query-keys.ts";

export type RecordReconciliationVariables = { id: string; input: ReconciliationInputBody };

/** Records what staff found in OPSCOM; the BFF answers with the whole record, finding included. */
export function recordReconciliation({
  id,
  input,
}: RecordReconciliationVariables): Promise<PermitRecord> {
  return apiRequest(`${permitRecordPath(id)}/reconciliations`, {
    method: "POST",
    body: input,
    schema: permitRecordSchema,
  });
}

export function useRecordReconciliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...permitQueryKeys.all, "reconcile"],
    mutationFn: recordReconciliation,
    onSuccess: (record) => {
      queryClient.setQueryData(permitQueryKeys.record(record.id), record);
      return queryClient.invalidateQueries({ queryKey: permitQueryKeys.all });
    },
  });
}
