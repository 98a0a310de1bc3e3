import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { nodeConnectionOf } from "./node-connection.ts";
import type { OpscomAnswer } from "./opscom-answer.ts";

const HTML_ERROR_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><title>500 Internal Server Error</title></head>
<body>
<h1>Internal Server Error</h1>
<p>The server encountered an internal error and was unable to complete your request.</p>
</body>
</html>
`;

/** A PHP notice printed ahead of the JSON: labelled JSON, yet not JSON. */
const PHP_NOTICE = '<br />\n<b>Warning</b>:  Undefined array key "zone" on line 112<br />\n';

export function htmlErrorPage(): Response {
  return new Response(HTML_ERROR_PAGE, {
    status: 500,
    headers: { "Content-Type": "text/html; charset=UTF-8" },
  });
}

export function malformedAnswer(answer: OpscomAnswer): Response {
  return new Response(`${PHP_NOTICE}${JSON.stringify(answer)}`, {
    status: 200,
    headers: { "Content-Type": "application/json" },
  });
}

/**
 * The answer's headers announce its full length, then the connection closes halfway through
 * the body: the client reads the status and headers, and the body read fails.
 */
export function truncatedAnswer(env: unknown, answer: OpscomAnswer, status: number): Response {
  const bytes = new TextEncoder().encode(JSON.stringify(answer));
  const half = bytes.subarray(0, Math.floor(bytes.length / 2));
  const headers = { "Content-Type": "application/json", "Content-Length": String(bytes.length) };
  const connection = nodeConnectionOf(env);
  if (!connection) return new Response(failingStream(half), { status, headers });
  const { incoming, outgoing } = connection;
  outgoing.writeHead(status, headers);
  outgoing.write(half, () => incoming.socket.destroy());
  return RESPONSE_ALREADY_SENT;
}

/** Under `app.request()`, the same cut as a body stream that fails after its first half. */
function failingStream(firstHalf: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(firstHalf);
      controller.error(new TypeError("terminated"));
    },
  });
}
