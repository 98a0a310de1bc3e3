import {
  parseJsonBody,
  problemFromResponse,
  problemFromUnexpectedBody,
  problemWithoutResponse,
} from "./api-problem.ts";
import { ApiRequestError } from "./api-request-error.ts";

/** What a zod schema offers: a parse that reports failure instead of throwing. */
type ResponseSchema<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
};

type ApiRequest<T> = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  /** What a successful answer must look like; it is parsed, never cast. */
  schema: ResponseSchema<T>;
  timeoutMs?: number;
};

/** Calls the BFF and returns the parsed answer, or throws an `ApiRequestError`. */
export async function apiRequest<T>(path: string, request: ApiRequest<T>): Promise<T> {
  const response = await send(path, request);
  const text = await readText(response);
  const body = parseJsonBody(text, response.headers.get("content-type"));
  if (!response.ok) {
    throw new ApiRequestError(
      problemFromResponse(response.status, body, response.headers.get("retry-after")),
    );
  }
  const parsed = request.schema.safeParse(body);
  if (!parsed.success) throw new ApiRequestError(problemFromUnexpectedBody(response.status));
  return parsed.data;
}

async function send<T>(path: string, request: ApiRequest<T>): Promise<Response> {
  const { method = "GET", body, headers, timeoutMs } = request;
  try {
    return await fetch(path, {
      method,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        // The BFF takes only JSON for a change of state, a body-less sign-out included: a
        // cross-site form can send neither this type nor the same origin.
        ...(method !== "GET" && { "Content-Type": "application/json" }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(timeoutMs !== undefined && { signal: AbortSignal.timeout(timeoutMs) }),
    });
  } catch (error) {
    throw new ApiRequestError(problemWithoutResponse(isTimeout(error) ? "timeout" : "network"));
  }
}

/** The connection can drop after the status line: the answer is then as lost as if none came. */
async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw new ApiRequestError(problemWithoutResponse(isTimeout(error) ? "timeout" : "network"));
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && error.name === "TimeoutError";
}
