import { opscomSuccessSchema } from "@permit-desk/schema";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSimulator } from "./create-simulator.ts";
import { SimulatedNetworkError } from "./node-connection.ts";
import { type SimulatorServer, startSimulatorServer } from "./start-simulator-server.ts";
import { permitPath, SAMPLE_BODY, TOKEN } from "./testing/opscom-requests.ts";

let server: SimulatorServer;

beforeEach(async () => {
  server = await startSimulatorServer({ port: 0, tokens: [TOKEN] });
});

afterEach(async () => {
  await server.close();
});

function push(signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.url}${permitPath("push")}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(SAMPLE_BODY),
    signal,
  });
}

const permitCount = () => server.simulator.state.permits().length;

describe("misbehaviour reset on POST /permits/push", () => {
  it("resets the connection, so the client sees ECONNRESET, after making the permit", async () => {
    server.simulator.setBehaviour({ mode: "reset" });

    await expect(push()).rejects.toMatchObject({ cause: { code: "ECONNRESET" } });
    expect(permitCount()).toBe(1);
  });

  it("makes no permit when createsPermit is false", async () => {
    server.simulator.setBehaviour({ mode: "reset", createsPermit: false });

    await expect(push()).rejects.toThrow();
    expect(permitCount()).toBe(0);
  });
});

describe("misbehaviour hang on POST /permits/push", () => {
  it("never answers, so the client's deadline ends the wait; the permit is made", async () => {
    server.simulator.setBehaviour({ mode: "hang" });

    await expect(push(AbortSignal.timeout(200))).rejects.toMatchObject({ name: "TimeoutError" });
    expect(permitCount()).toBe(1);
    await vi.waitFor(() => expect(server.simulator.heldRequestCount()).toBe(0));
  });

  it("makes no permit when createsPermit is false", async () => {
    server.simulator.setBehaviour({ mode: "hang", createsPermit: false });

    await expect(push(AbortSignal.timeout(200))).rejects.toThrow();
    expect(permitCount()).toBe(0);
  });

  it("closes the hung connection on close(), without waiting for the client", async () => {
    server.simulator.setBehaviour({ mode: "hang" });
    const answer = push();
    await vi.waitFor(() => expect(server.simulator.heldRequestCount()).toBe(1));

    await server.close();

    await expect(answer).rejects.toMatchObject({ cause: { code: "UND_ERR_SOCKET" } });
  });

  it("closes the hung connection on POST /__simulator/reset and serves normally after", async () => {
    server.simulator.setBehaviour({ mode: "hang" });
    const answer = push();
    await vi.waitFor(() => expect(server.simulator.heldRequestCount()).toBe(1));

    await fetch(`${server.url}/__simulator/reset`, { method: "POST" });

    await expect(answer).rejects.toThrow();
    expect((await push()).status).toBe(200);
  });
});

describe("misbehaviour slow on POST /permits/push", () => {
  it("makes the permit at once and answers normally after the delay", async () => {
    server.simulator.setBehaviour({ mode: "slow", delayMs: 300 });
    const sentAt = Date.now();

    const answer = push();
    await vi.waitFor(() => expect(permitCount()).toBe(1));
    const response = await answer;

    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(290);
    expect(await response.json()).toMatchObject({ status: "success" });
  });
});

describe("misbehaviours that garble the answer on POST /permits/push", () => {
  it("html500 answers an HTML error page with status 500, after making the permit", async () => {
    server.simulator.setBehaviour({ mode: "html500" });

    const response = await push();

    expect(response.status).toBe(500);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("<h1>Internal Server Error</h1>");
    expect(permitCount()).toBe(1);
  });

  it("html500 makes no permit when createsPermit is false", async () => {
    server.simulator.setBehaviour({ mode: "html500", createsPermit: false });

    expect((await push()).status).toBe(500);
    expect(permitCount()).toBe(0);
  });

  it("malformed answers 200 labelled JSON with a body that does not parse", async () => {
    server.simulator.setBehaviour({ mode: "malformed" });

    const response = await push();

    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    await expect(response.json()).rejects.toThrow(SyntaxError);
    expect(permitCount()).toBe(1);
  });

  it("truncated announces the whole success body, then closes the connection halfway", async () => {
    server.simulator.setBehaviour({ mode: "truncated" });

    const response = await push();

    expect(response.status).toBe(200);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(40);
    await expect(response.text()).rejects.toThrow();
    expect(permitCount()).toBe(1);
  });

  it("reject answers the given error and makes no permit", async () => {
    server.simulator.setBehaviour({
      mode: "reject",
      errorCode: 9021,
      errorMessage: "User blocked.",
    });

    const response = await push();

    expect(await response.json()).toEqual({ ErrorCode: 9021, ErrorMessage: "User blocked." });
    expect(permitCount()).toBe(0);
  });
});

describe("misbehaviour scope", () => {
  it("returns to normal after the given number of requests", async () => {
    server.simulator.setBehaviour({ mode: "html500", times: 1 });

    const first = await push();
    const second = await push();

    expect([first.status, second.status]).toEqual([500, 200]);
    expect(await second.json()).toMatchObject({ status: "success" });
    expect(server.simulator.behaviour()).toEqual({ mode: "normal" });
  });

  it("applies to the routes given only, without counting the others", async () => {
    server.simulator.setBehaviour({ mode: "html500", routes: ["stats"], times: 1 });

    const created = await push();
    const stats = await fetch(`${server.url}${permitPath("stats")}`, {
      method: "POST",
      body: JSON.stringify({ apiToken: TOKEN }),
    });

    expect([created.status, stats.status]).toEqual([200, 500]);
  });

  it("refuses a bad setting in-process and keeps the behaviour in force", () => {
    server.simulator.setBehaviour({ mode: "html500" });

    expect(() => server.simulator.setBehaviour({ mode: "slow", delayMs: -1 })).toThrow(/delayMs/);
    expect(server.simulator.behaviour()).toMatchObject({ mode: "html500" });
  });

  it("can be set over HTTP with POST /__simulator/behaviour", async () => {
    await fetch(`${server.url}/__simulator/behaviour`, {
      method: "POST",
      body: JSON.stringify({ mode: "reject", errorCode: 9010 }),
    });

    const response = await push();

    expect(await response.json()).toMatchObject({ ErrorCode: 9010 });
  });
});

describe("misbehaviours under app.request(), without a socket", () => {
  const request = (app: ReturnType<typeof createSimulator>["app"]) =>
    app.request(permitPath("push"), { method: "POST", body: JSON.stringify(SAMPLE_BODY) });

  it("reset rejects the request with a network error, as fetch would", async () => {
    const simulator = createSimulator({ tokens: [TOKEN] });
    simulator.setBehaviour({ mode: "reset" });

    await expect(request(simulator.app)).rejects.toThrow(SimulatedNetworkError);
  });

  it("hang rejects the request with a network error once released", async () => {
    const simulator = createSimulator({ tokens: [TOKEN] });
    simulator.setBehaviour({ mode: "hang" });
    const answer = request(simulator.app);
    await vi.waitFor(() => expect(simulator.heldRequestCount()).toBe(1));

    simulator.releaseHeldRequests();

    await expect(answer).rejects.toThrow(SimulatedNetworkError);
  });

  it("truncated gives a body whose reading fails", async () => {
    const simulator = createSimulator({ tokens: [TOKEN] });
    simulator.setBehaviour({ mode: "truncated" });

    const response = await request(simulator.app);

    await expect(response.text()).rejects.toThrow();
  });
});

describe("misbehaviour reshape", () => {
  const answerTo = async (route: "push" | "update" | "delete", body: object): Promise<unknown> =>
    (
      await fetch(`${server.url}${permitPath(route)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      })
    ).json();

  it.each([
    ["status-capitalised", { status: "Success" }],
    ["error-code-zero", { status: "success", ErrorCode: 0, ErrorMessage: "" }],
    ["error-code-zero-text", { ErrorCode: "0", ErrorMessage: "" }],
    ["keys-any-case", { Status: "SUCCESS" }],
    ["refusal-with-reference", { status: "error" }],
    ["error-code-with-reference", { ErrorCode: 9033 }],
  ] as const)(
    "%s makes the permit and answers HTTP 200 in that shape, with its reference",
    async (shape, expected) => {
      server.simulator.setBehaviour({ mode: "reshape", shape, routes: ["push"] });

      const response = await push();
      const body: unknown = await response.json();

      expect(response.status).toBe(200);
      expect(body).toMatchObject(expected);
      const [permit] = server.simulator.state.permits();
      expect(permit).toBeDefined();
      expect(JSON.stringify(body)).toContain(`"${permit?.referenceId}"`);
      expect(server.simulator.state.requests()[0]).toMatchObject({ misbehaviour: "reshape" });
    },
  );

  it("reshapes an update's and a delete's success too, and leaves a real refusal as it is", async () => {
    const created = opscomSuccessSchema.parse(await (await push()).json());
    server.simulator.setBehaviour({ mode: "reshape", shape: "error-code-with-reference" });
    const reference = { apiToken: TOKEN, referenceID: created.reference_id };

    const updated = await answerTo("update", { ...reference, LicencePlate: "PL8RDB" });
    const deleted = await answerTo("delete", reference);
    const refused = await answerTo("delete", reference);

    expect(updated).toMatchObject({ ErrorCode: 9033, reference_id: created.reference_id });
    expect(deleted).toMatchObject({ ErrorCode: 9033, reference_id: created.reference_id });
    expect(server.simulator.state.permit(created.reference_id)).toMatchObject({
      body: { LicencePlate: "PL8RDB" },
      deletedAt: expect.any(String),
    });
    expect(refused).toEqual({ ErrorCode: 9009, ErrorMessage: expect.any(String) });
  });
});
