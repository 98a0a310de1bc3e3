import { useMutation } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "../../../lib/api-client.ts";

export function endUserSessions(id: string) {
  return apiRequest(`/api/users/${encodeURIComponent(id)}/sessions`, {
    method: "DELETE",
    schema: z.unknown(),
  });
}

export function useEndUserSessions() {
  return useMutation({ mutationKey: ["users", "sessions"], mutationFn: endUserSessions });
}
