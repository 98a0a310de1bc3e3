import { BlockList, isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import type { SessionContext } from "../auth/sessions.ts";

/** An address or block of addresses (CIDR) that `TRUST_PROXY` names. */
export type ProxyRange = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** `127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`; undefined for anything else. */
export function parseProxyRange(text: string): ProxyRange | undefined {
  const [address = "", prefixText, ...rest] = text.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** `::ffff:10.0.0.7`, as a dual-stack socket reports an IPv4 client, is `10.0.0.7`. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

/** A hop of `X-Forwarded-For` without the port some proxies add; undefined when not an address. */
function hopAddress(hop: string): string | undefined {
  const text = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text);
  const address = bracketed?.[1] ?? withPort?.[1] ?? text;
  return isIP(address) === 0 ? undefined : plainAddress(address);
}

export type ProxyTrust = { trusts(address: string): boolean; any: boolean };

export function proxyTrust(ranges: readonly ProxyRange[]): ProxyTrust {
  const list = new BlockList();
  for (const range of ranges) list.addSubnet(range.address, range.prefix, range.family);
  return {
    any: ranges.length > 0,
    trusts: (address) => {
      const version = isIP(address);
      return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
    },
  };
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the right-most
 * hop of `X-Forwarded-For` that is not a trusted proxy, as everything left of it the client may
 * have written. A hop that is not an address stops the walk at the proxy that passed it on.
 */
export function clientAddress(
  socketAddress: string,
  forwardedFor: string | undefined,
  trust: ProxyTrust,
): string {
  let client = plainAddress(socketAddress);
  if (forwardedFor === undefined) return client;
  const hops = forwardedFor.split(",").reverse();
  for (const hop of hops) {
    if (!trust.trusts(client)) return client;
    const address = hopAddress(hop);
    if (address === undefined) return client;
    client = address;
  }
  return client;
}

/** The client's address, for throttling, the audit trail and the session list. */
export function clientAddressOf(c: Context, trust: ProxyTrust): string | undefined {
  let socketAddress: string | undefined;
  try {
    socketAddress = getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
  if (socketAddress === undefined) return undefined;
  return clientAddress(socketAddress, c.req.header("x-forwarded-for"), trust);
}

/** What a new session records of the request that opened it: the client's address and agent. */
export function sessionContextOf(c: Context, ip: string | undefined): SessionContext {
  const userAgent = c.req.header("user-agent");
  return { ...(ip !== undefined && { ip }), ...(userAgent !== undefined && { userAgent }) };
}
