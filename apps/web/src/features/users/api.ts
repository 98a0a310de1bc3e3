import type { NewUserInput, userChangeSchema } from "@permit-desk/schema";
import * as accountEndpoints from "@permit-desk/schema/endpoints/accounts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { callApi } from "../../lib/api-client.ts";
import { usersQueryKey } from "../../lib/shared-queries.ts";

export type UserChange = { id: string; change: z.input<typeof userChangeSchema> };

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["users", "create"],
    mutationFn: (user: NewUserInput) => callApi(accountEndpoints.createUser, { body: user }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

export function useChangeUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["users", "change"],
    mutationFn: ({ id, change }: UserChange) =>
      callApi(accountEndpoints.changeUser, { params: { id }, body: change }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

export function useResetUserPassword() {
  return useMutation({
    mutationKey: ["users", "password"],
    mutationFn: ({ id, password }: { id: string; password: string }) =>
      callApi(accountEndpoints.resetUserPassword, { params: { id }, body: { password } }),
  });
}

export function useEndUserSessions() {
  return useMutation({
    mutationKey: ["users", "sessions"],
    mutationFn: (id: string) => callApi(accountEndpoints.endUserSessions, { params: { id } }),
  });
}
