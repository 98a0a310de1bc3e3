import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import {
  outcomeDetail,
  type PermitCreateWire,
  type PermitDeleteWire,
  type PermitUpdateWire,
} from "@permit-desk/schema";
import { changeOutcomeOf, outcomeOf } from "./classify-answer.ts";
import type { ChangeOutcome, OpscomAnswer, OpscomOutcome, UnansweredOutcome } from "./outcome.ts";

export type OpscomClientOptions = {
  baseUrl: string;
  clientCode: string;
  timeoutMs: number;
  /** Extra attempts allowed only after failures that prove nothing was sent. */
  connectRetries: number;
  /** How long an idle connection is kept for the next call; 0 opens one per call. */
  keepAliveMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
};

export type OpscomClient = {
  createPermit(body: PermitCreateWire): Promise<OpscomOutcome>;
  /** Permit Update: the fields given change, the others stay. */
  updatePermit(body: PermitUpdateWire): Promise<ChangeOutcome>;
  /** Permit Delete: OPSCOM archives the permit. */
  deletePermit(body: PermitDeleteWire): Promise<ChangeOutcome>;
  /** Permit Stats: OPSCOM's live permits counted per zone and type; a read, safe to repeat. */
  permitStats(body: { apiToken: string; zones?: string }): Promise<PermitStats>;
};

/** OPSCOM's counts per zone and type, or no usable answer. */
export type PermitStats =
  | { kind: "answered"; rows: Array<{ zone: string; type: string; total: number }> }
  | { kind: "failed" };

/** Stats' answer, `{"data":[{"type":"temp","zone":"Lot 01","total":"4"}]}`, read leniently. */
function statsOf(answer: OpscomAnswer): PermitStats {
  if (answer.httpStatus !== 200) return { kind: "failed" };
  try {
    const parsed: unknown = JSON.parse(answer.body);
    const data = (parsed as { data?: unknown }).data;
    if (!Array.isArray(data)) return { kind: "failed" };
    const rows = data.map((row: { zone?: unknown; type?: unknown; total?: unknown }) => ({
      zone: String(row.zone ?? ""),
      type: String(row.type ?? ""),
      total: Number(row.total),
    }));
    return rows.every((row) => Number.isInteger(row.total) && row.total >= 0)
      ? { kind: "answered", rows }
      : { kind: "failed" };
  } catch {
    return { kind: "failed" };
  }
}

/** Errors raised before a single byte of the request can have left this machine. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
]);

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if ("code" in current && typeof current.code === "string") return current.code;
    current = current.cause;
  }
  return undefined;
}

/** No answer, whole, within the time left: the request may have reached OPSCOM or not. */
class NoAnswerInTime extends Error {
  override name = "NoAnswerInTime";
}

/** A failure after OPSCOM's status line came: OPSCOM answered, but not all of its answer arrived. */
class AnswerCutShort extends Error {
  constructor(
    readonly httpStatus: number,
    override readonly cause: unknown,
  ) {
    super("The answer was cut short.");
  }
}

/**
 * A failure before the connection was made (for https, before its handshake ended): not a byte of
 * the request can have left, whatever the failure (a certificate refused, no connection in time).
 */
class NotConnected extends Error {
  constructor(override readonly cause: unknown) {
    super("No connection was made.");
  }
}

/**
 * The most of an answer read: OPSCOM's answers are a few hundred bytes, Permit Stats' a row per
 * zone and type. An answer that goes on past it is cut, not held in memory until the deadline.
 */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * Sockets are kept open between calls (a handshake per permit costs more than the permit's own
 * work) for `keepAliveMs` idle, 4 s by default: before a server's usual 5 s keep-alive ends, since
 * a POST written on a socket the server is closing is lost without knowing whether it arrived
 * (the permit is `unknown`). Node's agents also close a socket a second before the
 * `Keep-Alive: timeout=…` a server announces. An OPSCOM that closes sooner without saying so needs
 * a shorter time, or 0: a new connection for every call (decision 032).
 */
function agentsFor(keepAliveMs: number) {
  const options = {
    keepAlive: keepAliveMs > 0,
    timeout: keepAliveMs > 0 ? keepAliveMs : undefined,
  };
  return { http: new HttpAgent(options), https: new HttpsAgent(options) };
}

/**
 * One POST with node's own HTTP client, the whole exchange within `timeoutMs`: lighter than
 * `fetch`, whose web streams and abort signals cost more than the rest of a call (decision 032).
 */
function postJson(
  agents: ReturnType<typeof agentsFor>,
  url: URL,
  body: string,
  timeoutMs: number,
): Promise<OpscomAnswer> {
  const https = url.protocol === "https:";
  const send = https ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let status: number | undefined;
    /** Whether the connection was made, so that the request may have left. */
    let connected = false;
    const request = send(
      url,
      {
        method: "POST",
        agent: https ? agents.https : agents.http,
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (response: IncomingMessage) => {
        status = response.statusCode ?? 0;
        const httpStatus = status;
        const chunks: Buffer[] = [];
        let received = 0;
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_ANSWER_BYTES) {
            const tooLarge = Object.assign(new Error("answer_too_large"), {
              code: "answer_too_large",
            });
            fail(new AnswerCutShort(httpStatus, tooLarge));
          } else chunks.push(chunk);
        });
        response.on("error", (error) => fail(new AnswerCutShort(httpStatus, error)));
        response.on("end", () => {
          clearTimeout(timer);
          resolve({
            httpStatus,
            contentType: response.headers["content-type"] ?? "",
            body: Buffer.concat(chunks).toString("utf8"),
          });
        });
      },
    );
    const fail = (failure: Error) => {
      const error = connected ? failure : new NotConnected(failure);
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(() => {
      const late = new NoAnswerInTime();
      fail(status === undefined ? late : new AnswerCutShort(status, late));
    }, timeoutMs);
    request.on("socket", (socket) => {
      if (request.reusedSocket) connected = true;
      else socket.once(https ? "secureConnect" : "connect", () => (connected = true));
    });
    request.on("error", (error) =>
      fail(status === undefined ? error : new AnswerCutShort(status, error)),
    );
    request.end(body);
  });
}

function isTimeout(error: unknown): boolean {
  const cause =
    error instanceof AnswerCutShort || error instanceof NotConnected ? error.cause : error;
  return cause instanceof NoAnswerInTime;
}

/**
 * An answer that echoes the request must not carry the token on into logs or storage: it is taken
 * out of what is kept of the answer, its text and OPSCOM's message. The answer is read before
 * that, as it came: a short token may be part of any word, key or reference.
 */
function withoutToken<Answered>(answered: Answered, body: unknown): Answered {
  const token =
    typeof body === "object" && body !== null && "apiToken" in body ? body.apiToken : undefined;
  if (typeof token !== "string" || token === "" || typeof answered !== "object" || !answered) {
    return answered;
  }
  const kept = { ...answered } as Record<string, unknown>;
  for (const field of ["rawAnswer", "errorMessage"]) {
    const text = kept[field];
    if (typeof text === "string") kept[field] = text.replaceAll(token, "[redacted]");
  }
  return kept as Answered;
}

const RETRY_BASE_MS = 100;
const RETRY_CAP_MS = 1_000;

/** Full-jitter exponential backoff, capped. */
export function backoffMs(attempt: number, random: () => number): number {
  return Math.round(random() * Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** attempt));
}

/**
 * OPSCOM's Push API has no idempotency key, so a create, an update or a delete is sent at most
 * once: only a failure that proves the request never left (refused connection, unresolved name)
 * is tried again.
 */
export function createOpscomClient(options: OpscomClientOptions): OpscomClient {
  const sleep =
    options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const agents = agentsFor(options.keepAliveMs ?? 4_000);
  const now = options.now ?? performance.now.bind(performance);
  const base = `${options.baseUrl}/api/${encodeURIComponent(options.clientCode)}/v1/permits/`;
  const urls = {
    push: new URL("push", base),
    update: new URL("update", base),
    delete: new URL("delete", base),
    stats: new URL("stats", base),
  };

  async function post<Answered>(
    action: keyof typeof urls,
    body: unknown,
    classify: (answer: OpscomAnswer, durationMs: number) => Answered,
  ): Promise<Answered | UnansweredOutcome> {
    const started = now();
    const deadline = started + options.timeoutMs;
    const elapsed = () => Math.round(now() - started);
    /** The code of the last failure that proved nothing was sent, if any. */
    let lastError: string | undefined;
    let attempts = 0;
    for (let attempt = 0; attempt <= options.connectRetries; attempt++) {
      const remaining = deadline - now();
      if (remaining <= 0) break;
      attempts++;
      try {
        const answer = await postJson(
          agents,
          urls[action],
          JSON.stringify(body),
          Math.ceil(remaining),
        );
        return withoutToken(classify(answer, elapsed()), body);
      } catch (error) {
        const httpStatus = error instanceof AnswerCutShort ? error.httpStatus : undefined;
        const code = errorCode(error);
        if (error instanceof NotConnected && isTimeout(error)) break;
        if (
          error instanceof NotConnected ||
          (httpStatus === undefined && code !== undefined && NOT_SENT_CODES.has(code))
        ) {
          lastError = code ?? "not_connected";
          if (attempt < options.connectRetries) await sleep(backoffMs(attempt, random));
          continue;
        }
        return {
          kind: "unknown",
          reason: isTimeout(error) ? "timeout" : "connection_lost",
          detail: isTimeout(error)
            ? outcomeDetail("no_answer_in_time", { timeoutMs: options.timeoutMs })
            : outcomeDetail("connection_error", {
                text: code ?? (error instanceof Error ? error.message : String(error)),
              }),
          httpStatus,
          rawAnswer: undefined,
          durationMs: elapsed(),
        };
      }
    }
    const detail =
      lastError === undefined
        ? outcomeDetail("deadline_before_sending", { attempts })
        : outcomeDetail("connection_not_made", { error: lastError, attempts });
    return { kind: "not_sent", detail, attempts, durationMs: elapsed() };
  }

  return {
    createPermit: (body) => post("push", body, outcomeOf),
    updatePermit: (body) => post("update", body, changeOutcomeOf),
    deletePermit: (body) => post("delete", body, changeOutcomeOf),
    permitStats: async (body) => {
      const stats = await post("stats", body, statsOf);
      return stats.kind === "answered" ? stats : { kind: "failed" };
    },
  };
}
