import { type userChangeSchema, userSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client.ts";
import { usersQueryKey } from "./get-users.ts";

export type UserChange = { id: string; change: z.input<typeof userChangeSchema> };

export function changeUser({ id, change }: UserChange) {
  return apiRequest(`/api/users/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: change,
    schema: userSchema,
  });
}

export function useChangeUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["users", "change"],
    mutationFn: changeUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
