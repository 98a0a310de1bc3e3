import { type ApiError, FIELDS_WITH_ERRORS, isOneOf, problemsOfIssues } from "@permit-desk/schema";
import type { Context } from "hono";
import type * as z from "zod/mini";
import { hasUnacceptableCharacter } from "../acceptable-text.ts";
import { apiError } from "./api-error.ts";

/**
 * How deeply a body's arrays and objects may nest. Permit Desk's own bodies nest two or three
 * levels; a limit far above that leaves room and keeps every walk over a body shallow.
 */
export const JSON_DEPTH_LIMIT = 32;

/**
 * How many values (members and elements) a body may hold, counted by its commas: a list's
 * 10,000 rows of seven fields each are 70,000. A body of a million tiny values within the 4 MB
 * limit would hold the one thread for a second while it is parsed and walked; it is refused
 * before either, as too large.
 */
export const JSON_VALUE_LIMIT = 100_000;

/** A body as read, or why it is refused: nothing of a refused body reaches a route. */
export type ReadJson =
  | { ok: true; body: unknown }
  | { ok: false; status: 400 | 413 | 422; error: ApiError };

/**
 * How a JSON text is shaped, found by one pass over it, outside strings, rather than by
 * descending into it: whether it nests deeper than `depthLimit` (a body nested thousands deep
 * costs a loop, not the stack; the pass stops there) and whether it holds `valueLimit` or more
 * commas, that is more values than the limit. Exact for valid JSON; for invalid JSON, what it
 * says does not matter.
 */
function jsonShape(
  text: string,
  depthLimit: number,
  valueLimit: number,
): { tooDeep: boolean; tooManyValues: boolean } {
  let depth = 0;
  let commas = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x2c) {
      commas++;
    } else if (char === 0x5b || char === 0x7b) {
      depth++;
      if (depth > depthLimit) return { tooDeep: true, tooManyValues: commas >= valueLimit };
    } else if (char === 0x5d || char === 0x7d) {
      depth--;
    }
  }
  return { tooDeep: false, tooManyValues: commas >= valueLimit };
}

/** Whether the JSON text holds more than `limit` values, counted by its commas outside strings. */
export function holdsMoreValuesThan(text: string, limit: number): boolean {
  return jsonShape(text, Number.POSITIVE_INFINITY, limit).tooManyValues;
}

/** Whether the JSON text nests deeper than `limit`. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  return jsonShape(text, limit, Number.POSITIVE_INFINITY).tooDeep;
}

type Path = ReadonlyArray<string | number>;

/** A value still to look at, and where it sits: its path is only spelled out when it is refused. */
type Pending = { value: unknown; key?: string | number; parent?: Pending };

function pathOf(entry: Pending): Path {
  const path: Array<string | number> = [];
  for (let at: Pending | undefined = entry; at?.key !== undefined; at = at.parent) {
    path.push(at.key);
  }
  return path.reverse();
}

/** Where in a parsed body the first unacceptable text is: a member's name or a string value. */
function unacceptableTextIn(body: unknown): { path: Path; inName: boolean } | undefined {
  // Depth-first in document order, with a stack of its own: nothing here recurses.
  const pending: Pending[] = [{ value: body }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value } = next;
    if (typeof value === "string") {
      if (hasUnacceptableCharacter(value)) return { path: pathOf(next), inName: false };
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        pending.push({ value: value[index], key: index, parent: next });
      }
    } else if (typeof value === "object" && value !== null) {
      const members = Object.entries(value);
      for (const [name] of members) {
        if (hasUnacceptableCharacter(name)) return { path: pathOf(next), inName: true };
      }
      for (let index = members.length - 1; index >= 0; index--) {
        const [name, member] = members[index] ?? [];
        if (name !== undefined) pending.push({ value: member, key: name, parent: next });
      }
    }
  }
  return undefined;
}

/** `changes.plate`, `zones[2]`: how a caller finds the field in what it sent. */
function fieldName(path: Path): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join("");
}

function unacceptableTextAnswer(found: { path: Path; inName: boolean }): ReadJson {
  if (found.inName) {
    return {
      ok: false,
      status: 400,
      error: apiError("character_not_accepted", { code: "character_in_field_name" }),
    };
  }
  const field = fieldName(found.path);
  const last = found.path.at(-1);
  return {
    ok: false,
    status: 422,
    error: apiError(
      "character_not_accepted",
      field === "" || field.length > 100
        ? { code: "character_in_request" }
        : { code: "character_in_field", params: { field } },
      // A form shows the problem beside the field it knows by this name.
      isOneOf(FIELDS_WITH_ERRORS, last)
        ? { fieldErrors: { [last]: [{ code: "character_in_value" }] } }
        : {},
    ),
  };
}

/** JSON text is UTF-8 (RFC 8259): bytes that are not are refused, not read as U+FFFD. */
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The one reader of request bodies: JSON, nested at most `JSON_DEPTH_LIMIT` deep, with no text
 * a database should not hold in any name or value. Every route reads its body through here.
 */
export async function readJson(request: Request): Promise<ReadJson> {
  let bytes: ArrayBuffer;
  try {
    bytes = await request.arrayBuffer();
  } catch {
    return { ok: false, status: 400, error: notJson() };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      status: 400,
      error: apiError("character_not_accepted", { code: "character_in_request" }),
    };
  }
  const shape = jsonShape(text, JSON_DEPTH_LIMIT, JSON_VALUE_LIMIT);
  if (shape.tooDeep) {
    return {
      ok: false,
      status: 400,
      error: apiError("json_too_deep", {
        code: "json_too_deep",
        params: { limit: JSON_DEPTH_LIMIT },
      }),
    };
  }
  if (shape.tooManyValues) {
    return {
      ok: false,
      status: 413,
      error: apiError("bad_request", { code: "request_too_large" }),
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: notJson() };
  }
  const found = unacceptableTextIn(body);
  return found === undefined ? { ok: true, body } : unacceptableTextAnswer(found);
}

function notJson(): ApiError {
  return apiError("bad_request", { code: "body_not_json" });
}

/**
 * A body or query that failed its schema: each field's problems under its path ("name",
 * "duration.hours"), and the first problem of the whole body, if any, as the reason.
 */
export function validationError(
  error: z.core.$ZodError,
  code: "validation" | "bad_request" = "validation",
): ApiError {
  const { fieldErrors, general } = problemsOfIssues(error.issues);
  const extra = Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {};
  return apiError(code, general[0], extra);
}

/** The request body checked against `schema`, or the 400/422 answer to send instead. */
export async function jsonBody<T>(
  c: Context,
  schema: z.ZodMiniType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const read = await readJson(c.req.raw);
  if (!read.ok) return { ok: false, response: c.json(read.error, read.status) };
  const parsed = schema.safeParse(read.body);
  if (!parsed.success) return { ok: false, response: c.json(validationError(parsed.error), 422) };
  return { ok: true, data: parsed.data };
}
