import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiRequestError } from "./api-request-error.ts";
import { endSession, isUnauthenticated } from "./session.ts";

const MAX_QUERY_RETRIES = 2;

/** Reads are retried when the failure may pass (no answer, or a server fault); never a refusal. */
function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!(error instanceof ApiRequestError)) return false;
  const { status } = error.problem;
  return status === undefined || status >= 500;
}

/**
 * A 401 from any call means the session has ended (expired, or ended by an administrator): the
 * shell then asks to sign in again over the page, which keeps what was typed into it.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) endSession(queryClient);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.keepsSessionOn401 === true) return;
        if (isUnauthenticated(error)) endSession(queryClient);
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetryQuery, refetchOnWindowFocus: false },
      // A permit must never be issued twice behind the user's back.
      mutations: { retry: false },
    },
  });
  return queryClient;
}
