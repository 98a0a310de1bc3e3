import type { Endpoint } from "@permit-desk/schema";
import type * as z from "zod/mini";
import { parseJsonBody, plainProblem, problemFromResponse } from "./api-problem.ts";
import { ApiRequestError } from "./api-request-error.ts";

type Schema = z.ZodMiniType;

/** What a call of `endpoint` sends: its path's parameters, query and body as the table types them. */
type CallInput<E extends Endpoint> = (E extends { params: infer P extends Schema }
  ? { params: z.input<P> }
  : unknown) &
  (E extends { query: infer Q extends Schema } ? { query?: z.input<Q> } : unknown) &
  (E extends { body: infer B extends Schema } ? { body: z.input<B> } : unknown) &
  (E extends { idempotencyKey: true } ? { idempotencyKey: string } : unknown) & {
    timeoutMs?: number;
  };

/** The parsed success answer; `undefined` for an endpoint that answers without a body. */
type CallOutput<E extends Endpoint> = E["response"] extends Schema
  ? z.output<E["response"]>
  : undefined;

/**
 * `/api/permits/:id` with `{ id }`: each parameter in its place, encoded, and the query without its
 * empty values (`?zone=Lot+4`, or nothing at all).
 */
export function endpointUrl(
  endpoint: Endpoint,
  { params, query }: { params?: Record<string, unknown>; query?: Record<string, unknown> } = {},
): string {
  const path = endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    encodeURIComponent(String(params?.[name] ?? "")),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (typeof value === "string" && value !== "") {
      search.set(name, value);
    }
  }
  return search.size > 0 ? `${path}?${search}` : path;
}

/**
 * Calls an endpoint of the BFF by its entry in the endpoint table, and returns its answer parsed
 * with the table's schema, or throws an `ApiRequestError`.
 */
export async function callApi<E extends Endpoint>(
  endpoint: E,
  ...[input]: Partial<CallInput<E>> extends CallInput<E> ? [CallInput<E>?] : [CallInput<E>]
): Promise<CallOutput<E>> {
  const { params, query, body, idempotencyKey, timeoutMs } = (input ?? {}) as {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
    body?: unknown;
    idempotencyKey?: string;
    timeoutMs?: number;
  };
  let response: Response;
  try {
    response = await fetch(endpointUrl(endpoint, { params, query }), {
      method: endpoint.method,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        // The BFF takes only JSON for a change of state, a body-less sign-out included: a
        // cross-site form can send neither this type nor the same origin.
        ...(endpoint.method !== "GET" && { "Content-Type": "application/json" }),
        ...(idempotencyKey !== undefined && { "Idempotency-Key": idempotencyKey }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(timeoutMs !== undefined && { signal: AbortSignal.timeout(timeoutMs) }),
    });
  } catch (error) {
    throw answerLost(error);
  }
  const text = await readText(response);
  const answer = parseJsonBody(text, response.headers.get("content-type"));
  if (!response.ok) {
    throw new ApiRequestError(
      problemFromResponse(response.status, answer, response.headers.get("retry-after")),
    );
  }
  if (typeof endpoint.response !== "object") return undefined as CallOutput<E>;
  const parsed = endpoint.response.safeParse(answer);
  if (!parsed.success)
    throw new ApiRequestError(plainProblem("unexpected_response", response.status));
  return parsed.data as CallOutput<E>;
}

/** The connection can drop after the status line: the answer is then as lost as if none came. */
async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw answerLost(error);
  }
}

function answerLost(error: unknown): ApiRequestError {
  const timedOut = error instanceof DOMException && error.name === "TimeoutError";
  return new ApiRequestError(plainProblem(timedOut ? "timeout" : "network"));
}
