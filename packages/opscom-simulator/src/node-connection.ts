import { IncomingMessage, ServerResponse } from "node:http";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";

/** Thrown instead of answering when there is no socket to cut, as under `app.request()`. */
export class SimulatedNetworkError extends TypeError {
  override name = "SimulatedNetworkError";
}

type NodeConnection = { incoming: IncomingMessage; outgoing: ServerResponse };

/** The Node request and response behind a Hono context, when served by @hono/node-server. */
export function nodeConnectionOf(env: unknown): NodeConnection | undefined {
  if (typeof env !== "object" || env === null) return undefined;
  if (!("incoming" in env) || !("outgoing" in env)) return undefined;
  const { incoming, outgoing } = env;
  if (!(incoming instanceof IncomingMessage) || !(outgoing instanceof ServerResponse)) {
    return undefined;
  }
  return { incoming, outgoing };
}

/** Closes the connection without a byte of answer, as a server that gave up would. */
export function closeWithoutAnswer(env: unknown): Response {
  const connection = nodeConnectionOf(env);
  if (!connection) throw new SimulatedNetworkError("The simulator closed the connection.");
  connection.incoming.socket.destroy();
  return RESPONSE_ALREADY_SENT;
}

/** Aborts the TCP connection with a reset (RST), so the client sees ECONNRESET. */
export function resetConnection(env: unknown): Response {
  const connection = nodeConnectionOf(env);
  if (!connection) throw new SimulatedNetworkError("The simulator reset the connection.");
  connection.incoming.socket.resetAndDestroy();
  return RESPONSE_ALREADY_SENT;
}
