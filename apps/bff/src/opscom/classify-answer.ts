import { type OutcomeDetail, outcomeDetail } from "@permit-desk/schema";
import type { ChangeOutcome, OpscomAnswer, OpscomOutcome } from "./outcome.ts";

type Classified =
  | { kind: "issued"; referenceId: string }
  | { kind: "rejected"; errorCode: number | undefined; errorMessage: string }
  | {
      kind: "unknown";
      reason: "unreadable_answer" | "contradictory_answer";
      detail: OutcomeDetail;
    };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The values held under a name, whatever its case (`Status`, `reference_ID`): a PHP API may
 * spell its keys as it likes. Several spellings may sit side by side in one body.
 */
function valuesOf(body: Record<string, unknown>, name: string): unknown[] {
  const wanted = name.toLowerCase();
  return Object.entries(body)
    .filter(([key]) => key.toLowerCase() === wanted)
    .map(([, value]) => value);
}

type Said = "success" | "refusal" | "silent";

/** What `status` says: success in any case, a refusal (any other text), or nothing usable. */
function statusSays(body: Record<string, unknown>): Said | "unclear" {
  const values = valuesOf(body, "status");
  if (values.length === 0) return "silent";
  const says = values.map((value) =>
    typeof value !== "string"
      ? "unclear"
      : value.trim().toLowerCase() === "success"
        ? "success"
        : "refusal",
  );
  if (says.includes("refusal")) return "refusal";
  return says.every((said) => said === "success") ? "success" : "unclear";
}

function isZero(value: unknown): boolean {
  return value === 0 || (typeof value === "string" && /^\s*0+\s*$/.test(value));
}

/** What `ErrorCode` says: 0 (number or text) is no error; any other value is a refusal. */
function errorCodeSays(body: Record<string, unknown>): Said {
  const values = valuesOf(body, "ErrorCode");
  if (values.length === 0) return "silent";
  return values.every(isZero) ? "success" : "refusal";
}

function errorCodeOf(body: Record<string, unknown>): number | undefined {
  for (const code of valuesOf(body, "ErrorCode")) {
    if (typeof code === "number" && Number.isInteger(code)) return code;
    if (typeof code === "string" && /^\s*\d+\s*$/.test(code)) return Number(code);
  }
  return undefined;
}

function errorMessageOf(body: Record<string, unknown>): string {
  const [message] = [...valuesOf(body, "ErrorMessage"), ...valuesOf(body, "message")].filter(
    (value): value is string => typeof value === "string" && value.trim() !== "",
  );
  if (message !== undefined) return message;
  const [status] = valuesOf(body, "status");
  return typeof status === "string" ? `status "${status}"` : "";
}

const REFERENCE_NAMES = ["reference_id", "InternalReferenceID"];

type Reference =
  | { kind: "none" }
  | { kind: "one"; referenceId: string }
  /** Something sits under a reference's name, but not one usable reference. */
  | { kind: "unusable"; shown: string };

/** The reference an answer carries under `reference_id` or `InternalReferenceID`, any case. */
function referenceOf(body: Record<string, unknown>): Reference {
  const values = REFERENCE_NAMES.flatMap((name) => valuesOf(body, name)).filter(
    (value) => value !== null && value !== "",
  );
  if (values.length === 0) return { kind: "none" };
  const texts = new Set(values.map((value) => (typeof value === "string" ? value.trim() : "")));
  const [only] = texts;
  if (texts.size === 1 && only !== undefined && only !== "") {
    return { kind: "one", referenceId: only };
  }
  return { kind: "unusable", shown: values.map((value) => JSON.stringify(value)).join(" and ") };
}

/**
 * Sorts an answer into issued, rejected or unknown. OPSCOM publishes one success, `{"status":
 * "success","reference_id":…}`, but a PHP API may capitalise its status or add `"ErrorCode":0`:
 * a 2xx answer holding a reference, that says success in either way and refusal in neither, is
 * issued. A refusal (an ErrorCode other than 0, or a status other than success) is believed only
 * when it carries no reference: one that does contradicts itself, and the permit may well exist,
 * so it is unknown, never rejected. Anything else that is not a clean success (HTML, broken JSON,
 * a success without a reference) leaves the permit's existence unknown as well.
 */
export function classifyAnswer(answer: OpscomAnswer): Classified {
  const parsed = parseJson(answer.body);
  const { httpStatus } = answer;
  if (!parsed.ok || !isRecord(parsed.value)) {
    return {
      kind: "unknown",
      reason: "unreadable_answer",
      detail: outcomeDetail("answer_not_json_object", { httpStatus }),
    };
  }
  const body = parsed.value;
  const status = statusSays(body);
  const errorCode = errorCodeSays(body);
  const reference = referenceOf(body);
  if (status === "refusal" || errorCode === "refusal") {
    if (reference.kind === "none") {
      return { kind: "rejected", errorCode: errorCodeOf(body), errorMessage: errorMessageOf(body) };
    }
    const shown = reference.kind === "one" ? reference.referenceId : reference.shown;
    return {
      kind: "unknown",
      reason: "contradictory_answer",
      detail: outcomeDetail("refusal_with_reference", { httpStatus, reference: shown }),
    };
  }
  const saysSuccess = status !== "unclear" && (status === "success" || errorCode === "success");
  const is2xx = answer.httpStatus >= 200 && answer.httpStatus < 300;
  if (saysSuccess && is2xx && reference.kind === "one") {
    return { kind: "issued", referenceId: reference.referenceId };
  }
  return {
    kind: "unknown",
    reason: "unreadable_answer",
    detail:
      reference.kind === "unusable"
        ? outcomeDetail("answer_with_unusable_reference", {
            httpStatus,
            references: reference.shown,
          })
        : outcomeDetail("answer_without_reference", { httpStatus }),
  };
}

export function outcomeOf(answer: OpscomAnswer, durationMs: number): OpscomOutcome {
  const classified = classifyAnswer(answer);
  const common = { httpStatus: answer.httpStatus, rawAnswer: answer.body, durationMs };
  switch (classified.kind) {
    case "issued":
      return { ...classified, ...common };
    case "rejected":
      return { ...classified, ...common };
    case "unknown":
      return { ...classified, ...common };
  }
}

/** A 2xx JSON object that says success (either way) and no refusal, with or without a reference. */
function isPlainSuccess(answer: OpscomAnswer): boolean {
  if (answer.httpStatus < 200 || answer.httpStatus >= 300) return false;
  const parsed = parseJson(answer.body);
  if (!parsed.ok || !isRecord(parsed.value)) return false;
  const status = statusSays(parsed.value);
  const errorCode = errorCodeSays(parsed.value);
  if (status === "unclear" || status === "refusal" || errorCode === "refusal") return false;
  return (
    (status === "success" || errorCode === "success") &&
    referenceOf(parsed.value).kind !== "unusable"
  );
}

/**
 * An answer to Permit Update or Delete: a refusal, a contradiction or garbage reads as for a
 * create; a success applies the change, with or without a reference in it (Update's answer is
 * not published).
 */
export function changeOutcomeOf(answer: OpscomAnswer, durationMs: number): ChangeOutcome {
  const classified = classifyAnswer(answer);
  const common = { httpStatus: answer.httpStatus, rawAnswer: answer.body, durationMs };
  if (classified.kind === "rejected") return { ...classified, ...common };
  if (classified.kind === "issued" || isPlainSuccess(answer)) return { kind: "applied", ...common };
  return { ...classified, ...common };
}
