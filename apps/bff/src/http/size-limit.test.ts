import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort } from "../testing/recording-server.ts";
import { listeningTestApp } from "../testing/test-app.ts";

type Listening = Awaited<ReturnType<typeof listeningTestApp>>;

/** POSTs `size` bytes of a JSON string to /api/permits, its length declared or sent in chunks. */
function post(port: number, size: number, framing: "declared" | "chunked") {
  const body = Buffer.from(`"${"x".repeat(size - 2)}"`);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const sent = request(
      {
        host: "127.0.0.1",
        port,
        path: "/api/permits",
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "Idempotency-Key": "size-limit-key-1",
          ...(framing === "declared" && { "Content-Length": body.length }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    // A failed write after the server answered early is the server's choice, not the test's.
    sent.on("error", reject);
    if (framing === "chunked") {
      for (let at = 0; at < body.length; at += 8_192) sent.write(body.subarray(at, at + 8_192));
      sent.end();
    } else sent.end(body);
  });
}

describe("a request body's size over real HTTP", () => {
  let app: Listening;
  beforeAll(async () => {
    app = await listeningTestApp({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
  });
  afterAll(() => app.close());

  for (const framing of ["declared", "chunked"] as const) {
    it(`is refused with 413 request_too_large over 64 KB, and let through at 64 KB, its length ${framing}`, async () => {
      const over = await post(app.port, 64 * 1024 + 1, framing);
      expect(over.status).toBe(413);
      expect(JSON.parse(over.body).error.reason).toBe("request_too_large");
      // At the limit the request goes on, to be refused for want of a session.
      expect((await post(app.port, 64 * 1024, framing)).status).toBe(401);
    });
  }
});

/**
 * POSTs a body of `size` bytes to `path` the way careful clients do with large bodies: headers
 * first with `Expect: 100-continue`, the body only once the server says 100 Continue.
 */
function postAskingFirst(port: number, path: string, size: number) {
  const body = Buffer.from(`"${"x".repeat(size - 2)}"`);
  type Answer = { status: number; invited: boolean; bodySent: boolean; connection?: string };
  return new Promise<Answer>((resolve, reject) => {
    let invited = false;
    const sent = request({
      host: "127.0.0.1",
      port,
      path,
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Idempotency-Key": "size-limit-key-2",
        "Content-Length": body.length,
        Expect: "100-continue",
      },
    });
    sent.on("continue", () => {
      invited = true;
      sent.end(body);
    });
    sent.on("response", (response) => {
      response.resume();
      response.on("end", () => {
        resolve({
          status: response.statusCode ?? 0,
          invited,
          bodySent: sent.writableFinished,
          connection: response.headers.connection,
        });
        sent.destroy();
      });
    });
    sent.on("error", reject);
    sent.flushHeaders();
  });
}

describe("a client that asks before sending its body (Expect: 100-continue)", () => {
  let app: Listening;
  beforeAll(async () => {
    app = await listeningTestApp({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
  });
  afterAll(() => app.close());

  it("is refused with 413 before it sends a body over the limit, and invited to send one within it", async () => {
    const over = await postAskingFirst(app.port, "/api/permits", 64 * 1024 + 1);
    // The connection closes: a body the client might still send is never read as a request.
    expect(over).toEqual({ status: 413, invited: false, bodySent: false, connection: "close" });
    const within = await postAskingFirst(app.port, "/api/permits", 64 * 1024);
    expect(within).toMatchObject({ status: 401, invited: true, bodySent: true });
  });

  it("is judged by the limit of the path it asks for: a list may be larger, up to 4 MB", async () => {
    const list = await postAskingFirst(app.port, "/api/batches/preview?from=test", 1024 * 1024);
    expect(list).toMatchObject({ status: 401, invited: true });
    const overList = await postAskingFirst(app.port, "/api/batches", 4 * 1024 * 1024 + 1);
    expect(overList).toMatchObject({ status: 413, invited: false, bodySent: false });
  });
});
