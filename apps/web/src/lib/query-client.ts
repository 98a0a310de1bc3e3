import { QueryClient } from "@tanstack/react-query";
import { isApiRequestError } from "./api-request-error.ts";

const MAX_QUERY_RETRIES = 2;

/** Reads are retried when the failure may pass (no answer, or a server fault); never a refusal. */
function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES) return false;
  if (!isApiRequestError(error)) return false;
  const { status } = error.problem;
  return status === undefined || status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryQuery, refetchOnWindowFocus: false },
      // A permit must never be issued twice behind the user's back.
      mutations: { retry: false },
    },
  });
}
