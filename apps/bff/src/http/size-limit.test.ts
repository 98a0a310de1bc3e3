import { request } from "node:http";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
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
 * POSTs `body` to `target` (as the request line names it) the way careful clients send large
 * bodies: headers first with `Expect: 100-continue`, the body only once the server says 100
 * Continue. Gives up after 3 s if it is neither invited nor answered, as a client would.
 */
function askingFirst(port: number, target: string, body: Buffer, headers: Record<string, string>) {
  const patienceMs = 3_000;
  type Answer = { status: number; invited: boolean; bodySent: boolean; connection?: string };
  return new Promise<Answer>((resolve, reject) => {
    let invited = false;
    const sent = request({
      host: "127.0.0.1",
      port,
      path: target,
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        ...headers,
        "Content-Length": body.length,
        Expect: "100-continue",
      },
    });
    const gaveUp = setTimeout(() => {
      resolve({ status: 0, invited, bodySent: false });
      sent.destroy();
    }, patienceMs);
    sent.on("continue", () => {
      invited = true;
      sent.end(body);
    });
    sent.on("response", (response) => {
      response.resume();
      response.on("end", () => {
        clearTimeout(gaveUp);
        resolve({
          status: response.statusCode ?? 0,
          invited,
          bodySent: sent.writableFinished,
          connection: response.headers.connection,
        });
        sent.destroy();
      });
    });
    sent.on("error", (error) => {
      clearTimeout(gaveUp);
      reject(error);
    });
    sent.flushHeaders();
  });
}

/** A JSON string of `size` bytes to /api/permits or a list's path, asking first. */
const postAskingFirst = (port: number, path: string, size: number) =>
  askingFirst(port, path, Buffer.from(`"${"x".repeat(size - 2)}"`), {
    "Idempotency-Key": "size-limit-key-2",
  });

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

/** `body` to `target`, asking first, as `cookie`'s member. */
const postListAskingFirst = (port: number, target: string, body: Buffer, cookie: string) =>
  askingFirst(port, target, body, { Cookie: cookie });

describe("a client that asks first, naming a list's path as the app reads it", () => {
  // A fresh app each: its database goes after each test.
  let app: Listening;
  beforeEach(async () => {
    app = await listeningTestApp({ baseUrl: `http://127.0.0.1:${await closedPort()}` });
  });
  afterEach(() => app.close());

  // The router reads these as /api/batches/preview, whose limit is 4 MB: asked first, the client
  // must be invited as for the plain path, not left waiting for an invitation that never comes
  // while the app waits for a body that is never sent.
  const targets = [
    "/api/batches/%70review",
    "/api/lists/../batches/preview",
    "/api/./batches/preview",
    "/api/batches/preview#rows",
  ];
  for (const target of targets) {
    it(`is invited to send a list over 64 KB to ${target}, and answered`, async () => {
      const manager = await app.staffCookie({ role: "manager", zones: ["Lot 4"] });
      const rows = Array.from({ length: 2_000 }, (_, n) => ({ plate: `ASK${n}`, zone: "Lot 4" }));
      const body = Buffer.from(JSON.stringify({ rows }));
      expect(body.length).toBeGreaterThan(64 * 1024);
      expect(await postListAskingFirst(app.port, target, body, manager)).toMatchObject({
        status: 200,
        invited: true,
      });
    }, 10_000);
  }

  it("is invited to send a list named by an absolute URL, and answered", async () => {
    const manager = await app.staffCookie({ role: "manager", zones: ["Lot 4"] });
    const rows = Array.from({ length: 2_000 }, (_, n) => ({ plate: `ABS${n}`, zone: "Lot 4" }));
    const body = Buffer.from(JSON.stringify({ rows }));
    const target = `http://127.0.0.1:${app.port}/api/batches/preview`;
    expect(await postListAskingFirst(app.port, target, body, manager)).toMatchObject({
      status: 200,
      invited: true,
    });
  }, 10_000);

  it("is refused with 413, uninvited, over 64 KB to a path the router does not read as a list's", async () => {
    const manager = await app.staffCookie({ role: "manager", zones: ["Lot 4"] });
    const body = Buffer.from(`"${"x".repeat(64 * 1024)}"`);
    for (const target of ["/api/batches%2Fpreview", "/api//batches/preview", "/api/permits"]) {
      expect(await postListAskingFirst(app.port, target, body, manager)).toMatchObject({
        status: 413,
        invited: false,
      });
    }
  });
});
