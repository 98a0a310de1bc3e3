import type {
  ChangeReconciliationInput,
  PermitRecord,
  ReconciliationInputBody,
} from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "../../lib/api-client.ts";
import { permitQueryKeys, useRecordChange } from "../../lib/permit-change.ts";

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

/** Records what staff found in OPSCOM of a permit it never confirmed. */
export function useRecordReconciliation(id: string) {
  return useRecordChange("reconcile", (input: ReconciliationInputBody) =>
    callApi(permitEndpoints.recordReconciliation, { params: { id }, body: input }),
  );
}

/** Records what staff found in OPSCOM of a change it never confirmed. */
export function useRecordChangeReconciliation(permitId: string, changeId: string) {
  return useRecordChange("reconcile-change", (input: ChangeReconciliationInput) =>
    callApi(permitEndpoints.recordChangeReconciliation, {
      params: { id: permitId, changeId },
      body: input,
    }),
  );
}
