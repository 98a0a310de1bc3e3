import type { NewUserInput, userChangeSchema } from "@permit-desk/schema";
import * as accountEndpoints from "@permit-desk/schema/endpoints/accounts";
import { useMutation } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { callApi } from "../../lib/api-client.ts";
import { useListChange, usersQueryKey } from "../../lib/shared-queries.ts";

export type UserChange = { id: string; change: z.input<typeof userChangeSchema> };

export function useCreateUser() {
  return useListChange(usersQueryKey, "create", (user: NewUserInput) =>
    callApi(accountEndpoints.createUser, { body: user }),
  );
}

export function useChangeUser() {
  return useListChange(usersQueryKey, "change", ({ id, change }: UserChange) =>
    callApi(accountEndpoints.changeUser, { params: { id }, body: change }),
  );
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
