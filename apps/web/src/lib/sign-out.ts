import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "zod/mini";
import { apiRequest } from "./api-client.ts";
import { endSession } from "./session.ts";

export function signOut() {
  return apiRequest("/api/session", { method: "DELETE", schema: z.unknown() });
}

export function useSignOut({ onSignedOut }: { onSignedOut: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["session", "sign-out"],
    mutationFn: signOut,
    onSettled: () => {
      onSignedOut();
      endSession(queryClient);
      queryClient.removeQueries({ predicate: ({ queryKey }) => queryKey[0] !== "setup" });
    },
  });
}
