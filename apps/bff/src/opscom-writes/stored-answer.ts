import { outcomeDetail, PROBLEM_CODES } from "@permit-desk/schema";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isProblemCode = (value: unknown): boolean =>
  typeof value === "string" && (PROBLEM_CODES as readonly string[]).includes(value);

const isProblem = (value: unknown): boolean => isObject(value) && isProblemCode(value.code);

/** An error answer with what an earlier version said in prose left out; its codes stay. */
function errorInTodaysShape(error: Record<string, unknown>): Record<string, unknown> {
  const { message: _prose, reason, params, fieldErrors, ...rest } = error;
  const problems = isObject(fieldErrors)
    ? Object.entries(fieldErrors).filter(
        ([, list]) => Array.isArray(list) && list.length > 0 && list.every(isProblem),
      )
    : [];
  return {
    ...rest,
    ...(isProblemCode(reason) && { reason, ...(isObject(params) && { params }) }),
    ...(problems.length > 0 && { fieldErrors: Object.fromEntries(problems) }),
  };
}

/** A record's OPSCOM answers whose detail was journalled as text: that text, as recorded. */
function detailsInTodaysShape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(detailsInTodaysShape);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, inner]) =>
      name === "opscom" && isObject(inner) && typeof inner.detail === "string"
        ? [name, { ...inner, detail: outcomeDetail("recorded_text", { text: inner.detail }) }]
        : [name, detailsInTodaysShape(inner)],
    ),
  );
}

/**
 * An answer kept under an idempotency key, in the shape this version answers with. Keys live a
 * day, so a Try again just after an upgrade replays what the previous version stored: English
 * error sentences (decision 020 made answers codes) and details recorded as text. The sentences
 * go, and the page words the error by its code; a text detail becomes `recorded_text`. The key
 * is never freed instead: that could send the permit twice. Today's answers pass unchanged.
 */
export function answerInTodaysShape(body: unknown): unknown {
  if (isObject(body) && isObject(body.error)) {
    return { ...body, error: errorInTodaysShape(body.error) };
  }
  return detailsInTodaysShape(body);
}
