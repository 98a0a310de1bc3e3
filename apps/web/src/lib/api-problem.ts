import { type ApiErrorCode, apiErrorSchema, type FieldErrors } from "@permit-desk/schema";

/** Failures the browser sees that no `/api` route ever answers with. */
export type ClientProblemCode = "network" | "timeout" | "unexpected_response";

/** Every failed call to the BFF, whatever went wrong, in one shape. */
export type ApiProblem = {
  code: ApiErrorCode | ClientProblemCode;
  message: string;
  /** The HTTP status, when an answer arrived. */
  status: number | undefined;
  fieldErrors: FieldErrors;
  opscomErrorCode: number | undefined;
  /** The journal entry of a submission whose outcome staff must check in OPSCOM. */
  journalId: string | undefined;
  /** How long the BFF asks to wait before trying again (`Retry-After`), when it says. */
  retryAfterSeconds: number | undefined;
};

/** A problem with nothing but a code, a message and perhaps a status. */
export function plainProblem(
  code: ApiProblem["code"],
  message: string,
  status: number | undefined,
): ApiProblem {
  return {
    code,
    message,
    status,
    fieldErrors: {},
    opscomErrorCode: undefined,
    journalId: undefined,
    retryAfterSeconds: undefined,
  };
}

const MESSAGE_BY_STATUS: Record<number, string> = {
  401: "Your session has ended. Sign in again, then retry.",
  403: "You are not allowed to do this.",
  404: "Permit Desk could not find what was asked for.",
  409: "This request is still being processed. Wait a moment, then try again.",
  413: "The request is too large.",
  429: "Too many requests. Wait a moment, then try again.",
};

function messageForStatus(status: number): string {
  const known = MESSAGE_BY_STATUS[status];
  if (known) return known;
  if (status >= 500) return `Permit Desk did not give a usable answer (HTTP ${status}).`;
  return `Permit Desk refused the request (HTTP ${status}).`;
}

/** An error answer: the BFF's own error body when it is one, otherwise a message for its status. */
export function problemFromResponse(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
): ApiProblem {
  const parsed = apiErrorSchema.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  if (!parsed.success) {
    return {
      ...plainProblem("unexpected_response", messageForStatus(status), status),
      retryAfterSeconds,
    };
  }
  const { code, message, fieldErrors, opscomErrorCode, journalId } = parsed.data.error;
  return {
    code,
    message,
    status,
    fieldErrors: fieldErrors ?? {},
    opscomErrorCode,
    journalId,
    retryAfterSeconds,
  };
}

/** `Retry-After` in seconds; the HTTP-date form is not something the BFF sends. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/** A success status whose body does not match what the route promises. */
export function problemFromUnexpectedBody(status: number): ApiProblem {
  return plainProblem(
    "unexpected_response",
    `Permit Desk gave an answer this page cannot read (HTTP ${status}).`,
    status,
  );
}

/** No answer at all: the request failed on the way, or took longer than the page waits. */
export function problemWithoutResponse(reason: "network" | "timeout"): ApiProblem {
  const message =
    reason === "timeout"
      ? "Permit Desk did not answer in time."
      : "No answer came from Permit Desk. Check the network connection.";
  return plainProblem(reason, message, undefined);
}

/** The JSON of a body, or undefined when it is not JSON (a proxy's HTML page, an empty body). */
export function parseJsonBody(text: string, contentType: string | null): unknown {
  if (!contentType || !/\bjson\b/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
