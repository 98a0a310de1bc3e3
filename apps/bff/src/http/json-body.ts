import type { Context } from "hono";
import type * as z from "zod/mini";
import { apiError } from "./api-error.ts";

export async function readJson(
  request: Request,
): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false };
  }
}

/** The request body checked against `schema`, or the 400/422 answer to send instead. */
export async function jsonBody<T>(
  c: Context,
  schema: z.ZodMiniType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const read = await readJson(c.req.raw);
  if (!read.ok) {
    return {
      ok: false,
      response: c.json(apiError("bad_request", "The request body is not valid JSON."), 400),
    };
  }
  const parsed = schema.safeParse(read.body);
  if (!parsed.success) {
    const message = parsed.error.issues.map((issue) => issue.message).join(" ");
    return { ok: false, response: c.json(apiError("validation", message), 422) };
  }
  return { ok: true, data: parsed.data };
}
