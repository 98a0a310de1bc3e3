import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { testApp } from "./test-app.ts";

export type RawAnswer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they crossed the wire: still compressed when Content-Encoding says so. */
  body: Buffer;
};

/** A GET as a browser sends it, without any client decoding the answer on the way. */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const call = request({ host: "127.0.0.1", port, path, method: "GET", headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () =>
        resolve({
          status: answer.statusCode ?? 0,
          headers: answer.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    call.on("error", reject);
    call.end();
  });
}

/**
 * `testApp` listening on a real port of loopback (its PORT, which requests must name in Host);
 * `extend` adds to the app before it answers, as server.ts adds the web app.
 */
export async function listeningTestApp(
  options: Omit<Parameters<typeof testApp>[0], "env"> & {
    env?: Record<string, string>;
    extend?: (app: Hono) => void;
  },
) {
  let handler: ((request: Request) => Response | Promise<Response>) | undefined;
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        fetch: (incoming) => handler?.(incoming) ?? new Response(null, { status: 503 }),
        port: 0,
        hostname: "127.0.0.1",
      },
      () => resolve(started),
    );
  });
  const port = (server.address() as AddressInfo).port;
  const { extend, ...rest } = options;
  const context = await testApp({ ...rest, env: { ...options.env, PORT: String(port) } });
  extend?.(context.hono);
  handler = (incoming) => context.hono.fetch(incoming);
  return {
    ...context,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
