import {
  type ApiErrorCode,
  apiErrorBodySchema,
  type FieldProblemsAsRead,
  isOneOf,
  type ProblemAsRead,
} from "@permit-desk/schema";
import type { Locale } from "./i18n/locale.ts";
import { defineMessages } from "./i18n/messages.ts";

/** Failures the browser sees that no `/api` route ever answers with. */
export type ClientProblemCode = "network" | "timeout" | "unexpected_response";

/** Every failed call to the BFF, whatever went wrong, in one shape. */
export type ApiProblem = {
  code: ApiErrorCode | ClientProblemCode;
  /** What the BFF said is wrong, when the category alone does not say. */
  reason: ProblemAsRead | undefined;
  /** The HTTP status, when an answer arrived. */
  status: number | undefined;
  fieldErrors: FieldProblemsAsRead;
  opscomErrorCode: number | undefined;
  /** The journal entry of a submission whose outcome staff must check in OPSCOM. */
  journalId: string | undefined;
  /** How long the BFF asks to wait before trying again (`Retry-After`), when it says. */
  retryAfterSeconds: number | undefined;
};

/** A problem with nothing but a code, perhaps a reason, and perhaps a status. */
export function plainProblem(
  code: ApiProblem["code"],
  status?: number,
  reason?: ProblemAsRead,
): ApiProblem {
  return {
    code,
    reason,
    status,
    fieldErrors: {},
    opscomErrorCode: undefined,
    journalId: undefined,
    retryAfterSeconds: undefined,
  };
}

const problemMessages = defineMessages("problems", {
  "en-CA": {
    status401: "Your session has ended. Sign in again, then retry.",
    status403: "You are not allowed to do this.",
    status404: "Permit Desk could not find what was asked for.",
    status409: "This request is still being processed. Wait a moment, then try again.",
    status413: "The request is too large.",
    status429: "Too many requests. Wait a moment, then try again.",
    serverFault: "Permit Desk did not give a usable answer (HTTP {{status}}).",
    refused: "Permit Desk refused the request (HTTP {{status}}).",
    unreadable: "Permit Desk gave an answer this page cannot read (HTTP {{status}}).",
    timeout: "Permit Desk did not answer in time.",
    network: "No answer came from Permit Desk. Check the network connection.",
    pageFault: "Something went wrong in this page. Reload it and try again.",
    internal: "Something went wrong in Permit Desk. Please try again.",
  },
  "fr-CA": {
    status401: "Votre session a pris fin. Reconnectez-vous, puis réessayez.",
    status403: "Vous n'êtes pas autorisé à faire ceci.",
    status404: "Permit Desk n'a pas trouvé ce qui était demandé.",
    status409: "Cette demande est encore en traitement. Attendez un instant, puis réessayez.",
    status413: "La demande est trop volumineuse.",
    status429: "Trop de demandes. Attendez un instant, puis réessayez.",
    serverFault: "Permit Desk n'a pas donné de réponse utilisable (HTTP {{status}}).",
    refused: "Permit Desk a refusé la demande (HTTP {{status}}).",
    unreadable:
      "Permit Desk a donné une réponse que cette page ne peut pas lire (HTTP {{status}}).",
    timeout: "Permit Desk n'a pas répondu à temps.",
    network: "Aucune réponse de Permit Desk. Vérifiez la connexion réseau.",
    pageFault: "Un problème est survenu dans cette page. Rechargez-la et réessayez.",
    internal: "Un problème est survenu dans Permit Desk. Veuillez réessayer.",
  },
});

type ProblemWords = ReturnType<typeof problemMessages.in>;

const KNOWN_STATUSES = [401, 403, 404, 409, 413, 429] as const;

function messageForStatus(status: number, t: ProblemWords): string {
  if (isOneOf(KNOWN_STATUSES, status)) return t(`status${status}`);
  return t(status >= 500 ? "serverFault" : "refused", { status });
}

/** An error answer: the BFF's own error body when it is one, otherwise a message for its status. */
export function problemFromResponse(
  status: number,
  body: unknown,
  retryAfter: string | null = null,
): ApiProblem {
  const parsed = apiErrorBodySchema.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  if (!parsed.success) {
    return {
      ...plainProblem("unexpected_response", status),
      retryAfterSeconds,
    };
  }
  const { code, reason, params, fieldErrors, opscomErrorCode, journalId } = parsed.data.error;
  return {
    code,
    reason: reason === undefined ? undefined : { code: reason, ...(params && { params }) },
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

/** The JSON of a body, or undefined when it is not JSON (a proxy's HTML page, an empty body). */
export function parseJsonBody(text: string, contentType: string | null): unknown {
  if (!contentType || !/\bjson\b/i.test(contentType)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A problem's message in the reader's language: what the browser found wrong, or what the BFF
 * said by code; an answer that names no reason is worded by its fields' problems, or its status.
 * The words for the BFF's codes come from `wordsOf` (`lib/i18n/problem-words.ts`), which pages
 * load with them: the first script carries only the words for its status.
 */
export function problemMessage(
  problem: ApiProblem,
  locale: Locale,
  wordsOf?: (problem: ProblemAsRead, locale: Locale) => string | undefined,
): string {
  const t = problemMessages.in(locale);
  switch (problem.code) {
    case "network":
    case "timeout":
      return t(problem.code);
    case "unexpected_response":
      if (problem.status === undefined) return t("pageFault");
      return problem.status < 400
        ? t("unreadable", { status: problem.status })
        : messageForStatus(problem.status, t);
    case "internal":
      return t("internal");
  }
  const reason = problem.reason && wordsOf?.(problem.reason, locale);
  if (reason !== undefined) return reason;
  const onFields = Object.values(problem.fieldErrors)
    .flatMap((problems) => problems ?? [])
    .map((each) => wordsOf?.(each, locale));
  if (onFields.length > 0 && onFields.every((words) => words !== undefined))
    return onFields.join(" ");
  return problem.status === undefined ? t("pageFault") : messageForStatus(problem.status, t);
}
