import type { OpscomError, OpscomStats, OpscomSuccess } from "@permit-desk/schema";

/** A body the simulated OPSCOM answers with, before any misbehaviour garbles its delivery. */
export type OpscomAnswer = OpscomSuccess | OpscomError | OpscomStats;

export function opscomError(code: number, message: string): OpscomError {
  return { ErrorCode: code, ErrorMessage: message };
}

export function opscomSuccess(referenceId: string): OpscomSuccess {
  return { status: "success", reference_id: referenceId, InternalReferenceID: referenceId };
}

export function isOpscomError(answer: OpscomAnswer): answer is OpscomError {
  return "ErrorCode" in answer;
}

/** The HTTP status of an answer: OPSCOM documents none for errors, so that one is a setting. */
export function httpStatusOf(answer: OpscomAnswer, errorStatus: number): number {
  return isOpscomError(answer) ? errorStatus : 200;
}

export function opscomResponse(answer: OpscomAnswer, errorStatus: number): Response {
  return new Response(JSON.stringify(answer), {
    status: httpStatusOf(answer, errorStatus),
    headers: { "Content-Type": "application/json" },
  });
}
