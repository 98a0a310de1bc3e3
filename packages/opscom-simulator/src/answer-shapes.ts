import { type OpscomAnswer, opscomResponse } from "./opscom-answer.ts";

/**
 * Shapes a PHP API may give its answer that OPSCOM never published. The first four are
 * successes a client must believe; the last two refuse while carrying the permit's reference,
 * after the request was carried out: a client must not read them as "nothing was made".
 */
export const ANSWER_SHAPES = [
  "status-capitalised",
  "error-code-zero",
  "error-code-zero-text",
  "keys-any-case",
  "refusal-with-reference",
  "error-code-with-reference",
] as const;
export type AnswerShape = (typeof ANSWER_SHAPES)[number];

export function isAnswerShape(value: unknown): value is AnswerShape {
  return ANSWER_SHAPES.some((shape) => shape === value);
}

function reshaped(referenceId: string, shape: AnswerShape): Record<string, unknown> {
  const references = { reference_id: referenceId, InternalReferenceID: referenceId };
  switch (shape) {
    case "status-capitalised":
      return { status: "Success", ...references };
    case "error-code-zero":
      return { status: "success", ...references, ErrorCode: 0, ErrorMessage: "" };
    case "error-code-zero-text":
      return { ErrorCode: "0", ErrorMessage: "", InternalReferenceID: referenceId };
    case "keys-any-case":
      return { Status: "SUCCESS", Reference_ID: referenceId, internalReferenceId: referenceId };
    case "refusal-with-reference":
      return { status: "error", message: "The permit could not be saved.", ...references };
    case "error-code-with-reference":
      return {
        ErrorCode: 9033,
        ErrorMessage: "A field's value is invalid.",
        ...references,
      };
  }
}

/** The answer in the shape asked for, with HTTP 200; an error or stats answer goes as it is. */
export function reshapedResponse(
  answer: OpscomAnswer,
  shape: AnswerShape,
  errorStatus: number,
): Response {
  if (!("reference_id" in answer)) return opscomResponse(answer, errorStatus);
  return new Response(JSON.stringify(reshaped(answer.reference_id, shape)), {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });
}
