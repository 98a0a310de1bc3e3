import { type SignInInput, sessionSchema } from "@permit-desk/schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client.ts";
import { KEEPS_SESSION_ON_401, startSession } from "../../../lib/session.ts";

export async function signIn(credentials: SignInInput) {
  const { user } = await apiRequest("/api/session", {
    method: "POST",
    body: credentials,
    schema: sessionSchema,
  });
  return user;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["session", "sign-in"],
    mutationFn: signIn,
    meta: KEEPS_SESSION_ON_401,
    onSuccess: (member) => startSession(queryClient, member),
  });
}
