import type { HonoRequest } from "hono";
import { isRecord } from "./is-record.ts";
import type { PermitRoute } from "./permit-route.ts";

/** What arrived on a permits route, before any check. */
export type ReceivedRequest = {
  route: PermitRoute;
  clientCode: string;
  method: string;
  path: string;
  contentType: string | null;
  accept: string | null;
  receivedAt: Date;
  /** The body when it is a JSON object; undefined otherwise (OPSCOM's 9003). */
  body: Record<string, unknown> | undefined;
  /** The body as text, kept for the log when it is not a JSON object. */
  text: string;
};

export async function receiveRequest(
  request: HonoRequest,
  where: { route: PermitRoute; clientCode: string },
  receivedAt: Date,
): Promise<ReceivedRequest> {
  const text = await request.text();
  return {
    ...where,
    method: request.method,
    path: request.path,
    contentType: request.header("content-type") ?? null,
    accept: request.header("accept") ?? null,
    receivedAt,
    body: parseJsonObject(text),
    text,
  };
}

/** OPSCOM reads the body as JSON whatever the Content-Type says. */
function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
