import { type NewUserInput, userSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { usersQueryKey } from "./get-users.ts";

export function createUser(user: NewUserInput) {
  return apiRequest("/api/users", { method: "POST", body: user, schema: userSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["users", "create"],
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
