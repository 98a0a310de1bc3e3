import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterEach, describe, expect, it } from "vitest";
import { goodPassword } from "../testing/accounts.ts";
import { testApp } from "../testing/test-app.ts";
import { clientAddress, parseProxyRange, proxyTrust } from "./client-address.ts";

describe("parseProxyRange", () => {
  it("reads addresses and CIDR blocks of both families, and nothing else", () => {
    expect(parseProxyRange("127.0.0.1")).toEqual({
      address: "127.0.0.1",
      prefix: 32,
      family: "ipv4",
    });
    expect(parseProxyRange("10.0.0.0/8")).toEqual({
      address: "10.0.0.0",
      prefix: 8,
      family: "ipv4",
    });
    expect(parseProxyRange("fd00::/8")).toEqual({ address: "fd00::", prefix: 8, family: "ipv6" });
    for (const bad of ["localhost", "10.0.0.0/33", "::1/129", "10.0.0.1/8/2", "10.0.0.0/", "*"]) {
      expect(parseProxyRange(bad), bad).toBeUndefined();
    }
  });
});

describe("clientAddress", () => {
  const none = proxyTrust([]);
  const proxies = proxyTrust(
    ["127.0.0.1", "10.0.0.0/8"].map((entry) => parseProxyRange(entry) ?? assertNever(entry)),
  );

  it("is the socket's address, whatever X-Forwarded-For says, when no proxy is trusted", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", none)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", "203.0.113.1", none)).toBe("127.0.0.1");
  });

  it("is the right-most hop that is not a trusted proxy", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.1", proxies)).toBe("203.0.113.1");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 203.0.113.1, 10.1.2.3", proxies)).toBe(
      "203.0.113.1",
    );
    expect(clientAddress("127.0.0.1", "10.9.9.9, 10.1.2.3", proxies)).toBe("10.9.9.9");
  });

  it("ignores X-Forwarded-For from a socket that is not a trusted proxy", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", proxies)).toBe("198.51.100.7");
  });

  it("reads hops with ports and dual-stack addresses, and stops at one that is no address", () => {
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.1:5123", proxies)).toBe("203.0.113.1");
    expect(clientAddress("127.0.0.1", "[2001:db8::1]:443", proxies)).toBe("2001:db8::1");
    expect(clientAddress("127.0.0.1", "unknown", proxies)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "203.0.113.1, <script>", proxies)).toBe("127.0.0.1");
  });
});

function assertNever(entry: string): never {
  throw new Error(`not a proxy range: ${entry}`);
}

/** A sign-in over real HTTP, from one of the loopback addresses. */
function postSignIn(
  port: number,
  from: string,
  body: { username: string; password: string },
  headers: Record<string, string> = {},
): Promise<{ status: number; retryAfter: string | undefined; code: string | undefined }> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: "127.0.0.1",
        port,
        localAddress: from,
        method: "POST",
        path: "/api/session",
        headers: { "Content-Type": "application/json", ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const parsed: unknown = text.startsWith("{") ? JSON.parse(text) : undefined;
          const error =
            typeof parsed === "object" && parsed !== null && "error" in parsed
              ? (parsed.error as { code?: string })
              : undefined;
          const header = response.headers["retry-after"];
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: typeof header === "string" ? header : undefined,
            code: error?.code,
          });
        });
      },
    );
    call.on("error", reject);
    call.end(JSON.stringify(body));
  });
}

describe("the client address over real HTTP", () => {
  const servers: Array<{ close(): void }> = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  async function listening(env: Record<string, string> = {}) {
    // The app learns its port (PORT) once the server has one: requests must name it in Host.
    let fetch: ((request: Request, env: unknown) => Response | Promise<Response>) | undefined;
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve(
        {
          fetch: (request, env) => fetch?.(request, env) ?? new Response(null, { status: 503 }),
          port: 0,
          hostname: "127.0.0.1",
        },
        () => resolve(started),
      );
    });
    servers.push(server);
    const port = (server.address() as AddressInfo).port;
    const { hono, audit } = await testApp({
      baseUrl: "http://127.0.0.1:9",
      env: { ...env, PORT: String(port) },
    });
    fetch = hono.fetch;
    return { port, audit };
  }

  const wrong = { username: "desk.admin", password: "not the password at all" };

  it("throttles by the socket's address when X-Forwarded-For is spoofed and no proxy is trusted", async () => {
    const { port, audit } = await listening();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const answer = await postSignIn(port, "127.0.0.2", wrong, {
        "X-Forwarded-For": `203.0.113.${attempt}`,
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const [event] = await audit.list({ action: "auth.sign_in_failed" });
    expect(event?.detail).toMatchObject({ ip: "127.0.0.2", failures: 4 });
    const owner = await postSignIn(port, "127.0.0.3", {
      username: "desk.admin",
      password: goodPassword,
    });
    expect(owner.status).toBe(200);
  });

  it("takes the client from X-Forwarded-For when TRUST_PROXY names the proxy", async () => {
    const { port, audit } = await listening({ TRUST_PROXY: "127.0.0.0/8" });
    const from = (client: string) =>
      postSignIn(port, "127.0.0.2", wrong, { "X-Forwarded-For": `6.6.6.6, ${client}` });
    for (let attempt = 0; attempt < 4; attempt++)
      expect((await from("203.0.113.5")).status).toBe(401);
    const throttled = await from("203.0.113.5");
    expect(throttled).toMatchObject({ status: 429, code: "throttled", retryAfter: "1" });
    expect((await from("203.0.113.6")).status).toBe(401);
    const events = await audit.list({ action: "auth.sign_in_failed" });
    expect(events.map((event) => event.detail?.ip).sort()).toEqual(["203.0.113.5", "203.0.113.6"]);
  });
});
