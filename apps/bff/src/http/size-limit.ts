import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { ServerType } from "@hono/node-server";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { apiError } from "./api-error.ts";
import { nodeResponseOf } from "./draining.ts";

/** A request's body at most; a list of up to 10,000 rows (decision 029) is checked as permits are. */
const REQUEST_BODY_LIMIT = 64 * 1024;
const LIST_BODY_LIMIT = 4 * 1024 * 1024;
const LIST_PATHS = new Set(["/api/batches", "/api/batches/preview"]);

const tooLarge = (c: Context) =>
  c.json(apiError("bad_request", { code: "request_too_large" }), 413);

/**
 * Refuses a body over `maxSize` bytes. A body that says its length is judged by it (Node reads no
 * more than it says) without touching the request's web stream, which would make the adapter
 * build a whole `Request` and read the body through it; a chunked body is counted as it arrives.
 */
function sizeLimit(maxSize: number): MiddlewareHandler {
  const counted = bodyLimit({ maxSize, onError: tooLarge });
  return async (c, next) => {
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined) {
      inviteIfAsked(c);
      return counted(c, next);
    }
    if (Number.parseInt(length, 10) > maxSize) return tooLarge(c);
    inviteIfAsked(c);
    return next();
  };
}

const requestLimit = sizeLimit(REQUEST_BODY_LIMIT);
const listLimit = sizeLimit(LIST_BODY_LIMIT);

/** Each request's body held to its path's limit, refused with 413 `request_too_large` over it. */
export const bodySizeLimit: MiddlewareHandler = (c, next) =>
  LIST_PATHS.has(c.req.path) ? listLimit(c, next) : requestLimit(c, next);

/** Answers whose client asked first (`Expect: 100-continue`) and has not been invited yet. */
const askedFirst = new WeakSet<ServerResponse>();

/** Invites a client that asked first to send its body, now that the body is to be read. */
function inviteIfAsked(c: Context): void {
  const outgoing = nodeResponseOf(c.env);
  if (outgoing !== undefined && askedFirst.delete(outgoing)) outgoing.writeContinue();
}

/**
 * A client that asks first (`Expect: 100-continue`) is told to send its body only when the body
 * it declares is within its path's limit; over it, the request goes on without the invitation and
 * is answered 413 before any byte of the body is sent. (Node's default sends 100 to every such
 * request, so a client uploaded megabytes only to have them thrown away.) The invitation is sent
 * by the size check itself, on the path as the router reads it (`/api/batches/%70review` or an
 * absolute URL is a list's path): judged here on the request line, such a client was neither
 * invited nor refused, and waited while the app waited for its body.
 */
export function continueOnlyWithinLimit(server: ServerType): void {
  const http = server as Server;
  http.on("checkContinue", (request: IncomingMessage, response: ServerResponse) => {
    askedFirst.add(response);
    http.emit("request", request, response);
  });
}
