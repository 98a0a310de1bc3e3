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
  fetch?: typeof fetch;
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

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}

/** An answer that echoes the request must not carry the token on into logs or storage. */
function withoutToken(text: string, body: unknown): string {
  const token =
    typeof body === "object" && body !== null && "apiToken" in body ? body.apiToken : undefined;
  return typeof token === "string" && token !== "" ? text.replaceAll(token, "[redacted]") : text;
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
  const doFetch = options.fetch ?? fetch;
  const sleep =
    options.sleep ?? ((ms: number) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const now = options.now ?? performance.now.bind(performance);
  const url = (action: string) =>
    `${options.baseUrl}/api/${encodeURIComponent(options.clientCode)}/v1/permits/${action}`;

  async function post<Answered>(
    action: string,
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
      let httpStatus: number | undefined;
      attempts++;
      try {
        const response = await doFetch(url(action), {
          method: "POST",
          headers: { "Content-Type": "application/json", Accept: "application/json" },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(Math.ceil(remaining)),
        });
        httpStatus = response.status;
        const text = withoutToken(await response.text(), body);
        const contentType = response.headers.get("content-type") ?? "";
        return classify({ httpStatus, contentType, body: text }, elapsed());
      } catch (error) {
        const code = errorCode(error);
        if (httpStatus === undefined && code !== undefined && NOT_SENT_CODES.has(code)) {
          lastError = code;
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
