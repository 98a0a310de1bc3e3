import { isOpscomError } from "./opscom-answer.ts";
import type { LoggedRequest } from "./request-log.ts";

/** One log line per request: where it went and what came of it. Never the body, so never a token. */
export function requestLogLine(request: LoggedRequest): Record<string, unknown> {
  const { receivedAt, method, path, answer, misbehaviour } = request;
  return {
    time: receivedAt,
    method,
    path,
    outcome: outcomeOf(answer),
    ...(answer && isOpscomError(answer) && { errorCode: answer.ErrorCode }),
    ...(answer && "reference_id" in answer && { referenceId: answer.reference_id }),
    ...(misbehaviour && { misbehaviour }),
  };
}

function outcomeOf(answer: LoggedRequest["answer"]): string {
  if (answer === null) return "not carried out";
  return isOpscomError(answer) ? "error" : "success";
}
