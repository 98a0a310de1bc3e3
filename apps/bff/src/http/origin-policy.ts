/**
 * Who this server is to a browser: its public origin when one is set (behind a reverse proxy),
 * else a loopback name on its own port. A DNS-rebinding page reaches the server under the
 * attacker's host name, so its Host header and its Origin name that host: both are checked
 * against this, scheme, host and port alike.
 */
export type OriginPolicy = {
  /** `PUBLIC_ORIGIN`, e.g. `https://permits.example.com`; unset only on a loopback HOST. */
  publicOrigin: string | undefined;
  /** The port the server listens on (`PORT`). */
  port: number;
};

/** What the checks below read of a policy, worked out once rather than on every request. */
export type OwnOrigin = {
  publicOrigin: string | undefined;
  /** The public origin's host and port as a URL gives them: `permits.example.com`. */
  publicHost: string | undefined;
  /** The scheme a Host header is read under: the public origin's, else plain http. */
  scheme: string;
  port: number;
};

export function ownOrigin(policy: OriginPolicy): OwnOrigin {
  const publicUrl = policy.publicOrigin === undefined ? undefined : new URL(policy.publicOrigin);
  return {
    publicOrigin: policy.publicOrigin,
    publicHost: publicUrl?.host,
    scheme: publicUrl?.protocol ?? "http:",
    port: policy.port,
  };
}

const IPV4_LOOPBACK = /^127(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** localhost, 127.0.0.0/8 or ::1, as an address to listen on or as a URL's host name. */
export function isLoopback(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === "localhost" || IPV4_LOOPBACK.test(name) || name === "::1" || name === "[::1]";
}

/** A Host header is a host name or address and perhaps a port; nothing else may ride along. */
const HOST_HEADER = /^(?:\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::\d{1,5})?$/i;

function urlOf(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function portOf(url: URL): number {
  if (url.port !== "") return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/** The Host header read as the server's own scheme would: `localhost:3000`, `permits.example.com`. */
function hostUrl(host: string, own: OwnOrigin): URL | undefined {
  if (!HOST_HEADER.test(host)) return undefined;
  return urlOf(`${own.scheme}//${host}`);
}

function isLoopbackOnOurPort(url: URL, own: OwnOrigin): boolean {
  return isLoopback(url.hostname) && portOf(url) === own.port;
}

/**
 * Whether a Host header names this server: the public origin's host, or a loopback name with
 * the server's own port (a browser on this machine, or a proxy here that rewrites Host to the
 * address it forwards to: no rebinding page can make a browser send that).
 */
export function isOwnHost(host: string, own: OwnOrigin): boolean {
  const url = hostUrl(host, own);
  if (url === undefined) return false;
  if (own.publicHost !== undefined && url.host === own.publicHost) return true;
  return isLoopbackOnOurPort(url, own);
}

/**
 * Whether an Origin header is this server's own: exactly the public origin when one is set;
 * else plain http on a loopback name with the server's port, and the same as the Host header
 * when there is one.
 */
export function isOwnOrigin(origin: string, host: string | undefined, own: OwnOrigin): boolean {
  if (own.publicOrigin !== undefined) return origin === own.publicOrigin;
  const url = urlOf(origin);
  if (url === undefined || url.protocol !== "http:" || url.origin !== origin) return false;
  if (!isLoopbackOnOurPort(url, own)) return false;
  if (host === undefined) return true;
  const requested = hostUrl(host, own);
  return requested !== undefined && requested.host === url.host;
}
