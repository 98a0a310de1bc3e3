import { afterEach, describe, expect, it } from "vitest";
import { type SimulatorServer, startSimulatorServer } from "./start-simulator-server.ts";
import { permitPath, SAMPLE_BODY, TOKEN } from "./testing/opscom-requests.ts";

const started: SimulatorServer[] = [];

async function start(port = 0) {
  const server = await startSimulatorServer({ port, tokens: [TOKEN] });
  started.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

describe("startSimulatorServer", () => {
  it("listens on a free port when given 0 and serves Permit Create at its url", async () => {
    const server = await start();

    const response = await fetch(`${server.url}${permitPath("push")}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(SAMPLE_BODY),
    });

    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toMatchObject({ status: "success" });
  });

  it("stops listening on close()", async () => {
    const server = await startSimulatorServer({ port: 0, tokens: [TOKEN] });

    await server.close();

    await expect(fetch(`${server.url}/__simulator/requests`)).rejects.toMatchObject({
      cause: { code: "ECONNREFUSED" },
    });
  });

  it("can be closed twice, as shutdown paths often do", async () => {
    const server = await startSimulatorServer({ port: 0, tokens: [TOKEN] });

    await server.close();

    await expect(server.close()).resolves.toBeUndefined();
  });

  it("rejects when the port is taken", async () => {
    const server = await start();

    await expect(start(server.port)).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});
