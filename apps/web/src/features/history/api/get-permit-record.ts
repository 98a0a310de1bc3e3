import { type PermitRecord, permitRecordSchema } from "@permit-desk/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { permitQueryKeys } from "./permit-query-keys.ts";

export function permitRecordPath(id: string): string {
  return `/api/permits/${encodeURIComponent(id)}`;
}

export function getPermitRecord(id: string): Promise<PermitRecord> {
  return apiRequest(permitRecordPath(id), { schema: permitRecordSchema });
}

/** A submission or change still being sent settles within OPSCOM's deadline: look again until it has. */
const PENDING_REFRESH_MS = 2000;

function isBeingSent(record: PermitRecord | undefined): boolean {
  return (
    record?.state === "pending" ||
    (record?.changes.some(({ state }) => state === "pending") ?? false)
  );
}

export function permitRecordQueryOptions(id: string) {
  return queryOptions({
    queryKey: permitQueryKeys.record(id),
    queryFn: () => getPermitRecord(id),
    refetchInterval: (query) => (isBeingSent(query.state.data) ? PENDING_REFRESH_MS : false),
  });
}

export function usePermitRecord(id: string) {
  return useQuery(permitRecordQueryOptions(id));
}
