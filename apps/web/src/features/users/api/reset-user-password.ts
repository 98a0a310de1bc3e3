import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client.ts";

export function resetUserPassword({ id, password }: { id: string; password: string }) {
  return apiRequest(`/api/users/${encodeURIComponent(id)}/password`, {
    method: "POST",
    body: { password },
    schema: z.unknown(),
  });
}

export function useResetUserPassword() {
  return useMutation({ mutationKey: ["users", "password"], mutationFn: resetUserPassword });
}
