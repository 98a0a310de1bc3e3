import { opscomErrorSchema, opscomSuccessSchema } from "@permit-desk/schema";
import type { ChangeOutcome, OpscomAnswer, OpscomOutcome } from "./outcome.ts";

type Classified =
  | { kind: "issued"; referenceId: string }
  | { kind: "rejected"; errorCode: number | undefined; errorMessage: string }
  | { kind: "unknown"; reason: "unreadable_answer"; detail: string };

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

function errorCodeOf(body: Record<string, unknown>): number | undefined {
  const parsed = opscomErrorSchema.safeParse(body);
  if (parsed.success) return parsed.data.ErrorCode;
  const code = body.ErrorCode;
  return typeof code === "string" && /^\d+$/.test(code) ? Number(code) : undefined;
}

/**
 * Sorts an answer into issued, rejected or unknown. A refusal is only believed when OPSCOM
 * said so in its own words (an ErrorCode, or a status other than success); anything else
 * that is not a clean success (HTML, broken JSON, a success without a reference) leaves the
 * permit's existence unknown.
 */
export function classifyAnswer(answer: OpscomAnswer): Classified {
  const parsed = parseJson(answer.body);
  if (!parsed.ok || !isRecord(parsed.value)) {
    return {
      kind: "unknown",
      reason: "unreadable_answer",
      detail: `HTTP ${answer.httpStatus}, not a JSON object`,
    };
  }
  const body = parsed.value;
  if ("ErrorCode" in body) {
    const message = typeof body.ErrorMessage === "string" ? body.ErrorMessage : "";
    return { kind: "rejected", errorCode: errorCodeOf(body), errorMessage: message };
  }
  if (typeof body.status === "string" && body.status !== "success") {
    const message = typeof body.message === "string" ? body.message : `status "${body.status}"`;
    return { kind: "rejected", errorCode: undefined, errorMessage: message };
  }
  const success = opscomSuccessSchema.safeParse(body);
  if (success.success && answer.httpStatus >= 200 && answer.httpStatus < 300) {
    return { kind: "issued", referenceId: success.data.reference_id };
  }
  return {
    kind: "unknown",
    reason: "unreadable_answer",
    detail: `HTTP ${answer.httpStatus}, no usable reference_id`,
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

/** A 2xx JSON object whose status is success, whatever else it holds. */
function isPlainSuccess(answer: OpscomAnswer): boolean {
  if (answer.httpStatus < 200 || answer.httpStatus >= 300) return false;
  const parsed = parseJson(answer.body);
  return parsed.ok && isRecord(parsed.value) && parsed.value.status === "success";
}

/**
 * An answer to Permit Update or Delete: a refusal or garbage reads as for a create; a success
 * applies the change, with or without a reference in it (Update's answer is not published).
 */
export function changeOutcomeOf(answer: OpscomAnswer, durationMs: number): ChangeOutcome {
  const classified = classifyAnswer(answer);
  const common = { httpStatus: answer.httpStatus, rawAnswer: answer.body, durationMs };
  if (classified.kind === "rejected") return { ...classified, ...common };
  if (classified.kind === "issued" || isPlainSuccess(answer)) return { kind: "applied", ...common };
  return { ...classified, ...common };
}
