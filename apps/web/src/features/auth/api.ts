import type { FirstAdminInput, passwordChangeSchema, SignInInput } from "@permit-desk/schema";
import * as sessionEndpoints from "@permit-desk/schema/endpoints/session";
import * as setupEndpoints from "@permit-desk/schema/endpoints/setup";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type * as z from "zod/mini";
import { callApi } from "../../lib/api-client.ts";
import { KEEPS_SESSION_ON_401, startSession } from "../../lib/session.ts";

type PasswordChange = z.input<typeof passwordChangeSchema>;

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["session", "sign-in"],
    mutationFn: async (credentials: SignInInput) =>
      (await callApi(sessionEndpoints.signIn, { body: credentials })).user,
    meta: KEEPS_SESSION_ON_401,
    onSuccess: (member) => startSession(queryClient, member),
  });
}

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["setup"],
    mutationFn: async (admin: FirstAdminInput) =>
      (await callApi(setupEndpoints.createFirstAdmin, { body: admin })).user,
    onSuccess: (member) => startSession(queryClient, member),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationKey: ["session", "password"],
    mutationFn: (change: PasswordChange) =>
      callApi(sessionEndpoints.changePassword, { body: change }),
    // A wrong current password is refused; the session itself goes on.
    meta: KEEPS_SESSION_ON_401,
  });
}
