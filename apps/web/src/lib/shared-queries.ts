import {
  accountEndpoints,
  serviceEndpoints,
  templateEndpoints,
  zoneEndpoints,
} from "@permit-desk/schema";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { callApi } from "./api-client.ts";

/** The configuration the BFF gives this member, read once per session. */
export function clientConfigQueryOptions() {
  return queryOptions({
    queryKey: ["config"],
    queryFn: () => callApi(serviceEndpoints.getClientConfig),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** `/healthz` answers without a session, so pages shown before sign-in know it too. */
export function healthQueryOptions() {
  return queryOptions({
    queryKey: ["health"],
    queryFn: () => callApi(serviceEndpoints.getHealth),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Whether permits go to the built-in simulator; false until known, or when it cannot be. */
export function useDemoMode(): boolean {
  return useQuery(healthQueryOptions()).data?.demo ?? false;
}

/** Every zone, active or not, as administrators manage them. */
export const zonesQueryKey = ["zones"] as const;

export function zonesQueryOptions() {
  return queryOptions({
    queryKey: zonesQueryKey,
    queryFn: async () => (await callApi(zoneEndpoints.listZones)).zones,
  });
}

/** The templates the signed-in member sees: shared by the Templates page and the issue form. */
export const templatesQueryKey = ["templates"] as const;

export function templatesQueryOptions() {
  return queryOptions({
    queryKey: templatesQueryKey,
    queryFn: async () => (await callApi(templateEndpoints.listTemplates)).templates,
  });
}

/** Staff accounts: managed on the Users page, and the audit trail's filter by member. */
export const usersQueryKey = ["users"] as const;

export function usersQueryOptions() {
  return queryOptions({
    queryKey: usersQueryKey,
    queryFn: async () => (await callApi(accountEndpoints.listUsers)).users,
  });
}
