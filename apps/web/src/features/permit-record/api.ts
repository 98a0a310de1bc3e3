import type {
  ChangeReconciliationInput,
  PermitRecord,
  ReconciliationInputBody,
} from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";
import { permitQueryKeys } from "../../lib/permit-change.ts";

/** A submission or change still being sent settles within OPSCOM's deadline: look again until it has. */
const PENDING_REFRESH_MS = 2000;

function isBeingSent(record: PermitRecord | undefined): boolean {
  return (
    record?.state === "pending" ||
    (record?.changes.some(({ state }) => state === "pending") ?? false)
  );
}

export function usePermitRecord(id: string) {
  return useQuery(
    queryOptions({
      queryKey: permitQueryKeys.record(id),
      queryFn: () => callApi(permitEndpoints.getPermit, { params: { id } }),
      refetchInterval: (query) => (isBeingSent(query.state.data) ? PENDING_REFRESH_MS : false),
    }),
  );
}

/** A finding answers with the whole record, finding included; every permit query is read again. */
function useFindingMutation<Input>(name: string, send: (input: Input) => Promise<PermitRecord>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...permitQueryKeys.all, name],
    mutationFn: send,
    onSuccess: (record) => {
      queryClient.setQueryData(permitQueryKeys.record(record.id), record);
      return queryClient.invalidateQueries({ queryKey: permitQueryKeys.all });
    },
  });
}

/** Records what staff found in OPSCOM of a permit it never confirmed. */
export function useRecordReconciliation(id: string) {
  return useFindingMutation("reconcile", (input: ReconciliationInputBody) =>
    callApi(permitEndpoints.recordReconciliation, { params: { id }, body: input }),
  );
}

/** Records what staff found in OPSCOM of a change it never confirmed. */
export function useRecordChangeReconciliation(permitId: string, changeId: string) {
  return useFindingMutation("reconcile-change", (input: ChangeReconciliationInput) =>
    callApi(permitEndpoints.recordChangeReconciliation, {
      params: { id: permitId, changeId },
      body: input,
    }),
  );
}
