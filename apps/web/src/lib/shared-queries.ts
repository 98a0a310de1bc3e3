import * as accountEndpoints from "@permit-desk/schema/endpoints/accounts";
import * as templateEndpoints from "@permit-desk/schema/endpoints/templates";
import * as zoneEndpoints from "@permit-desk/schema/endpoints/zones";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "./api-client.ts";

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

/** A change to one of these lists, named under the list's key; the list is read again after it. */
export function useListChange<Variables, Answer>(
  queryKey: readonly string[],
  name: string,
  mutationFn: (variables: Variables) => Promise<Answer>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...queryKey, name],
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
