import type { StaffMember } from "@permit-desk/schema";
import * as sessionEndpoints from "@permit-desk/schema/endpoints/session";
import * as setupEndpoints from "@permit-desk/schema/endpoints/setup";
import { type QueryClient, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { callApi } from "./api-client.ts";
import { ApiRequestError } from "./api-request-error.ts";

const sessionQueryKey = ["session"] as const;
const setupStatusQueryKey = ["setup"] as const;

/** A 401: nobody is signed in, or the session has ended. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.problem.status === 401;
}

/** The signed-in member, or null when nobody is signed in. */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async (): Promise<StaffMember | null> =>
      (await callApi(sessionEndpoints.getSession)).user,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function setupStatusQueryOptions() {
  return queryOptions({
    queryKey: setupStatusQueryKey,
    queryFn: () => callApi(setupEndpoints.getSetup),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** After a sign-in, everything read under the previous session is read again under this one. */
export function startSession(queryClient: QueryClient, member: StaffMember): void {
  queryClient.setQueryData(sessionQueryKey, member);
  queryClient.setQueryData(setupStatusQueryKey, { needsFirstAdmin: false });
  queryClient.removeQueries({
    predicate: ({ queryKey }) => queryKey[0] !== "session" && queryKey[0] !== "setup",
  });
}

/** Nobody is signed in any more: the shell shows the sign-in page. */
export function endSession(queryClient: QueryClient): void {
  queryClient.setQueryData(sessionQueryKey, null);
}

/**
 * Set on a mutation whose 401 means "wrong password" rather than "signed out", such as signing
 * in or changing one's own password.
 */
export const KEEPS_SESSION_ON_401 = { keepsSessionOn401: true } as const;

export function useSignOut({ onSignedOut }: { onSignedOut: () => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: ["session", "sign-out"],
    mutationFn: () => callApi(sessionEndpoints.signOut),
    onSettled: () => {
      onSignedOut();
      endSession(queryClient);
      queryClient.removeQueries({ predicate: ({ queryKey }) => queryKey[0] !== "setup" });
    },
  });
}
