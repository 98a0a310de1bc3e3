import type { BehaviourMode } from "./behaviour.ts";
import type { OpscomAnswer } from "./opscom-answer.ts";
import type { PermitRoute } from "./permit-route.ts";
import type { ReceivedRequest } from "./received-request.ts";
import { redactText, redactValue } from "./redact.ts";

/** One request on a permits route, as the simulator saw it; never holds a token. */
export type LoggedRequest = {
  sequence: number;
  receivedAt: string;
  method: string;
  path: string;
  route: PermitRoute;
  clientCode: string;
  contentType: string | null;
  accept: string | null;
  /** The JSON body with every token redacted; null when the body is not a JSON object. */
  body: unknown;
  /** The body as text, tokens redacted, when it is not a JSON object; null otherwise. */
  unparsedBody: string | null;
  /** What OPSCOM decided; null when a misbehaviour dropped the request before it was carried out. */
  answer: OpscomAnswer | null;
  /** The misbehaviour that shaped the delivery of the answer, if any. */
  misbehaviour: BehaviourMode | null;
};

export type RequestLog = ReturnType<typeof createRequestLog>;

type LogOptions = {
  limit: number;
  secrets: () => ReadonlySet<string>;
  onRequest: ((request: LoggedRequest) => void) | undefined;
};

/** The latest requests, oldest first, at most `limit` of them. */
export function createRequestLog({ limit, secrets, onRequest }: LogOptions) {
  let entries: LoggedRequest[] = [];
  let sequence = 0;
  return {
    record(
      request: ReceivedRequest,
      answer: OpscomAnswer | null,
      misbehaviour: BehaviourMode | null,
    ): void {
      sequence += 1;
      const entry = toEntry(sequence, request, answer, misbehaviour, secrets());
      entries = [...entries, entry].slice(-limit);
      onRequest?.(structuredClone(entry));
    },
    list: (): LoggedRequest[] => structuredClone(entries),
    clear(): void {
      entries = [];
    },
  };
}

function toEntry(
  sequence: number,
  request: ReceivedRequest,
  answer: OpscomAnswer | null,
  misbehaviour: BehaviourMode | null,
  secrets: ReadonlySet<string>,
): LoggedRequest {
  const { route, clientCode, method, path, contentType, accept, body, text } = request;
  return {
    sequence,
    receivedAt: request.receivedAt.toISOString(),
    method,
    path,
    route,
    clientCode,
    contentType,
    accept,
    body: body === undefined ? null : redactValue(body, secrets),
    unparsedBody: body === undefined ? redactText(text, secrets) : null,
    answer,
    misbehaviour,
  };
}
