import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** Who is asking: the client's address, until staff sign in. */
export function actorOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown client";
  } catch {
    return "unknown client";
  }
}
