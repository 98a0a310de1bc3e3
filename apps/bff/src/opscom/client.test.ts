import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createTcpServer, type Server, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { answerJson, closedPort, startRecordingServer } from "../testing/recording-server.ts";
import { selfSigned } from "../testing/self-signed.ts";
import { backoffMs, createOpscomClient, MAX_ANSWER_BYTES } from "./client.ts";

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as { port: number }).port;
}

const wire = {
  apiToken: "token-1",
  LicencePlate: "AB123",
  zone: "Lot 4",
  startTime: "2026-07-02T13:00:00",
  endTime: "2026-07-02T15:00:00",
};

describe("OPSCOM client", () => {
  it("tries again, with backoff, only while the connection is refused, then reports not_sent", async () => {
    const port = await closedPort();
    const pauses: number[] = [];
    const client = createOpscomClient({
      baseUrl: `http://127.0.0.1:${port}`,
      clientCode: "OC-TOMA",
      timeoutMs: 2_000,
      connectRetries: 3,
      sleep: async (ms) => {
        pauses.push(ms);
      },
      random: () => 1,
    });

    const outcome = await client.createPermit(wire);

    expect(outcome).toMatchObject({
      kind: "not_sent",
      detail: { code: "connection_not_made", params: { error: "ECONNREFUSED", attempts: 4 } },
      attempts: 4,
    });
    expect(pauses).toEqual([100, 200, 400]);
  });

  it("reports not_sent, after no attempt, when the deadline passed before sending", async () => {
    let clock = 0;
    const client = createOpscomClient({
      baseUrl: "http://127.0.0.1:9",
      clientCode: "OC-TOMA",
      timeoutMs: 100,
      connectRetries: 3,
      now: () => {
        clock += 200;
        return clock;
      },
    });

    expect(await client.createPermit(wire)).toMatchObject({
      kind: "not_sent",
      detail: { code: "deadline_before_sending", params: { attempts: 0 } },
      attempts: 0,
    });
  });

  it("sends once and gives up when the answer does not come in time", async () => {
    const server = await startRecordingServer(() => undefined);
    const client = createOpscomClient({
      baseUrl: server.url,
      clientCode: "OC-TOMA",
      timeoutMs: 200,
      connectRetries: 3,
    });

    const outcome = await client.createPermit(wire);
    await server.close();

    expect(outcome).toMatchObject({
      kind: "unknown",
      reason: "timeout",
      detail: { code: "no_answer_in_time", params: { timeoutMs: 200 } },
    });
    expect(server.requests).toHaveLength(1);
  });

  it("does not keep the token when OPSCOM echoes it back", async () => {
    const server = await startRecordingServer((request, response) =>
      answerJson(response, 200, { ErrorCode: 9033, ErrorMessage: `bad body ${request.body}` }),
    );
    const client = createOpscomClient({
      baseUrl: server.url,
      clientCode: "OC-TOMA",
      timeoutMs: 1_000,
      connectRetries: 0,
    });

    const outcome = await client.createPermit(wire);
    await server.close();

    expect(outcome.kind).toBe("rejected");
    expect(JSON.stringify(outcome)).not.toContain("token-1");
  });

  it("reads OPSCOM's answer as it came however short the token, and keeps it without the token", async () => {
    // OPSCOM publishes tokens of up to 50 letters, digits and dashes: one character is one.
    const server = await startRecordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "R-7", note: "token 7" }),
    );
    const client = createOpscomClient({
      baseUrl: server.url,
      clientCode: "OC-TOMA",
      timeoutMs: 1_000,
      connectRetries: 0,
    });

    const outcome = await client.createPermit({ ...wire, apiToken: "7" });
    await server.close();

    expect(outcome).toMatchObject({ kind: "issued", referenceId: "R-7" });
    expect(outcome.kind === "issued" && outcome.rawAnswer).toBe(
      '{"status":"success","reference_id":"R-[redacted]","note":"token [redacted]"}',
    );
  });

  it("sends an update or a delete once to its own path, the token in the body, and gives up when no answer comes in time", async () => {
    const server = await startRecordingServer(() => undefined);
    const client = createOpscomClient({
      baseUrl: server.url,
      clientCode: "OC-TOMA",
      timeoutMs: 200,
      connectRetries: 3,
    });

    const update = await client.updatePermit({
      apiToken: "token-1",
      referenceID: "r-1",
      endTime: "2026-07-02T18:00:00",
    });
    const deletion = await client.deletePermit({ apiToken: "token-1", referenceID: "r-1" });
    await server.close();

    expect(update).toMatchObject({ kind: "unknown", reason: "timeout" });
    expect(deletion).toMatchObject({ kind: "unknown", reason: "timeout" });
    expect(server.requests.map((request) => [request.url, JSON.parse(request.body)])).toEqual([
      [
        "/api/OC-TOMA/v1/permits/update",
        { apiToken: "token-1", referenceID: "r-1", endTime: "2026-07-02T18:00:00" },
      ],
      ["/api/OC-TOMA/v1/permits/delete", { apiToken: "token-1", referenceID: "r-1" }],
    ]);
  });

  it("tries a delete again only while the connection is refused, and scrubs the token from an echo", async () => {
    const port = await closedPort();
    const refused = createOpscomClient({
      baseUrl: `http://127.0.0.1:${port}`,
      clientCode: "OC-TOMA",
      timeoutMs: 2_000,
      connectRetries: 2,
      sleep: async () => undefined,
    });
    expect(await refused.deletePermit({ apiToken: "token-1", referenceID: "r-1" })).toMatchObject({
      kind: "not_sent",
      attempts: 3,
    });

    const server = await startRecordingServer((request, response) =>
      answerJson(response, 200, { ErrorCode: 9009, ErrorMessage: `none for ${request.body}` }),
    );
    const echoing = createOpscomClient({
      baseUrl: server.url,
      clientCode: "OC-TOMA",
      timeoutMs: 1_000,
      connectRetries: 0,
    });
    const outcome = await echoing.updatePermit({ apiToken: "token-1", referenceID: "r-1" });
    await server.close();
    expect(outcome).toMatchObject({ kind: "rejected", errorCode: 9009 });
    expect(JSON.stringify(outcome)).not.toContain("token-1");
  });

  it("keeps one connection for calls one after another, and opens one per call when keeping none", async () => {
    const server = await startRecordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "r-1" }),
    );
    const settings = { baseUrl: server.url, clientCode: "OC-TOMA", timeoutMs: 1_000 };
    const keeping = createOpscomClient({ ...settings, connectRetries: 0 });
    for (let call = 0; call < 3; call++) await keeping.createPermit(wire);
    const kept = server.connections();
    const fresh = createOpscomClient({ ...settings, connectRetries: 0, keepAliveMs: 0 });
    for (let call = 0; call < 3; call++) await fresh.createPermit(wire);
    await server.close();

    expect(kept).toBe(1);
    expect(server.connections() - kept).toBe(3);
    expect(server.requests.map((request) => request.headers.connection)).toEqual([
      ...Array(3).fill("keep-alive"),
      ...Array(3).fill("close"),
    ]);
  });

  it("caps the backoff at one second", () => {
    expect(backoffMs(20, () => 1)).toBe(1_000);
    expect(backoffMs(0, () => 0)).toBe(0);
  });

  it("reports not_sent when an https OPSCOM's certificate is refused: nothing left before the handshake", async () => {
    let requests = 0;
    const server = createHttpsServer(selfSigned, (request, response) => {
      requests++;
      request.resume();
      response.end("{}");
    });
    const port = await listening(server);
    const client = createOpscomClient({
      baseUrl: `https://127.0.0.1:${port}`,
      clientCode: "OC-TOMA",
      timeoutMs: 2_000,
      connectRetries: 1,
      sleep: async () => {},
    });

    const outcome = await client.createPermit(wire);
    server.close();

    expect(outcome).toMatchObject({
      kind: "not_sent",
      detail: { code: "connection_not_made", params: { error: "DEPTH_ZERO_SELF_SIGNED_CERT" } },
    });
    expect(requests).toBe(0);
  });

  it("reports not_sent when the deadline passes before the connection is made", async () => {
    // Accepts the TCP connection and never answers the TLS handshake.
    const sockets: Socket[] = [];
    const server = createTcpServer((socket) => sockets.push(socket.on("error", () => {})));
    const port = await listening(server);
    const client = createOpscomClient({
      baseUrl: `https://127.0.0.1:${port}`,
      clientCode: "OC-TOMA",
      timeoutMs: 200,
      connectRetries: 3,
    });

    const outcome = await client.createPermit(wire);
    for (const socket of sockets) socket.destroy();
    server.close();

    expect(outcome).toMatchObject({
      kind: "not_sent",
      detail: { code: "deadline_before_sending" },
    });
  });

  it("cuts an answer that goes on past its most, keeping the status, without waiting for the deadline", async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let written = 0;
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { "Content-Type": "application/json" });
      const pump = () => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length;
      };
      response.on("drain", pump);
      response.on("error", () => {});
      pump();
    });
    const port = await listening(server as unknown as Server);
    const client = createOpscomClient({
      baseUrl: `http://127.0.0.1:${port}`,
      clientCode: "OC-TOMA",
      timeoutMs: 20_000,
      connectRetries: 0,
    });

    const outcome = await client.createPermit(wire);
    server.closeAllConnections();
    server.close();

    expect(outcome).toMatchObject({
      kind: "unknown",
      reason: "connection_lost",
      httpStatus: 200,
      detail: { code: "connection_error", params: { text: "answer_too_large" } },
    });
    expect(outcome.durationMs).toBeLessThan(5_000);
    expect(written).toBeLessThan(MAX_ANSWER_BYTES * 16);
  });
});
