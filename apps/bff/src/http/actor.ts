import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/** The client's address, for the audit trail and the session list. */
export function clientAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
