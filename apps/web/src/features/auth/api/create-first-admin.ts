import { type FirstAdminInput, sessionSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { startSession } from "../../../lib/session.ts";

export async function createFirstAdmin(admin: FirstAdminInput) {
  const { user } = await apiRequest("/api/setup", {
    method: "POST",
    body: admin,
    schema: sessionSchema,
  });
  return user;
}

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["setup"],
    mutationFn: createFirstAdmin,
    onSuccess: (member) => startSession(queryClient, member),
  });
}
