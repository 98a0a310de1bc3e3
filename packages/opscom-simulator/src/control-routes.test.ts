import { describe, expect, it } from "vitest";
import { createSimulator } from "./create-simulator.ts";
import type { LoggedRequest } from "./request-log.ts";
import { permitPath, post, pushPermit, SAMPLE_BODY, TOKEN } from "./testing/opscom-requests.ts";

const SECRET = "secret-Token-42";

async function getJson(
  app: { request: (path: string) => Response | Promise<Response> },
  path: string,
) {
  const response = await app.request(path);
  return { status: response.status, body: await response.json() };
}

function postBehaviour(app: ReturnType<typeof createSimulator>["app"], behaviour: unknown) {
  return app.request("/__simulator/behaviour", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(behaviour),
  });
}

describe("GET /__simulator/requests", () => {
  it("lists each request with its path, headers, body and answer, the token redacted", async () => {
    const { app } = createSimulator({
      tokens: [SECRET],
      now: () => new Date("2026-07-02T09:00:00Z"),
    });

    await post(app, permitPath("push"), { ...SAMPLE_BODY, apiToken: SECRET });
    const { body } = await getJson(app, "/__simulator/requests");

    expect(body).toEqual({
      requests: [
        expect.objectContaining({
          sequence: 1,
          receivedAt: "2026-07-02T09:00:00.000Z",
          method: "POST",
          path: "/api/OC-TOMA/v1/permits/push",
          route: "push",
          clientCode: "OC-TOMA",
          contentType: "application/json",
          accept: "application/json",
          body: { ...SAMPLE_BODY, apiToken: "[REDACTED]" },
          unparsedBody: null,
          answer: expect.objectContaining({ status: "success" }),
          misbehaviour: null,
        }),
      ],
    });
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });

  it("keeps a body that is not JSON as text, the token redacted", async () => {
    const { app, state } = createSimulator({ tokens: [SECRET] });

    await post(app, permitPath("push"), `{"apiToken": "${SECRET}", "LicencePlate": `);

    expect(state.requests()).toMatchObject([
      { body: null, unparsedBody: '{"apiToken": "[REDACTED]", "LicencePlate": ' },
    ]);
    expect(JSON.stringify(state.requests())).not.toContain(SECRET);
  });

  it("redacts a token that is not configured, too", async () => {
    const { app, state } = createSimulator({ tokens: [TOKEN] });

    await post(app, permitPath("push"), { ...SAMPLE_BODY, apiToken: SECRET });

    expect(JSON.stringify(state.requests())).not.toContain(SECRET);
  });

  it("hands each logged request to onRequest, the token redacted", async () => {
    const seen: LoggedRequest[] = [];
    const { app } = createSimulator({ tokens: [SECRET], onRequest: (entry) => seen.push(entry) });

    await post(app, permitPath("stats"), { apiToken: SECRET });

    expect(seen).toMatchObject([{ route: "stats", answer: { data: [] } }]);
    expect(JSON.stringify(seen)).not.toContain(SECRET);
  });

  it("keeps only the latest requestLogLimit requests", async () => {
    const { app, state } = createSimulator({ tokens: [TOKEN], requestLogLimit: 2 });

    for (let i = 0; i < 3; i += 1) await post(app, permitPath("stats"), { apiToken: TOKEN });

    expect(state.requests().map((request) => request.sequence)).toEqual([2, 3]);
  });
});

describe("GET /__simulator/permits", () => {
  it("lists every permit, deleted ones included", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    const kept = await pushPermit(app);
    const deleted = await pushPermit(app);
    await post(app, permitPath("delete"), { apiToken: TOKEN, referenceID: deleted });

    const { body } = await getJson(app, "/__simulator/permits");

    expect(body).toEqual({
      permits: [
        expect.objectContaining({ referenceId: kept, deletedAt: null }),
        expect.objectContaining({ referenceId: deleted, deletedAt: expect.any(String) }),
      ],
    });
  });

  it("answers one permit by its reference, and 404 for an unknown one", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    const referenceId = await pushPermit(app);

    const found = await getJson(app, `/__simulator/permits/${referenceId}`);
    const missing = await getJson(app, "/__simulator/permits/no-such-permit");

    expect(found).toMatchObject({ status: 200, body: { referenceId, body: { zone: "Lot 4" } } });
    expect(missing).toMatchObject({
      status: 404,
      body: { error: expect.stringContaining("no-such-permit") },
    });
  });
});

describe("GET /__simulator/permits/:referenceId after an update and a delete", () => {
  it("shows the update, then the record archived with it, never purged", async () => {
    let now = new Date("2026-07-02T09:00:00Z");
    const { app } = createSimulator({ tokens: [TOKEN], now: () => now });
    const referenceId = await pushPermit(app);
    now = new Date("2026-07-02T09:05:00Z");
    await post(app, permitPath("update"), {
      apiToken: TOKEN,
      referenceID: referenceId,
      LicencePlate: "PL8RDB",
    });
    const updated = await getJson(app, `/__simulator/permits/${referenceId}`);
    now = new Date("2026-07-02T09:06:00Z");
    await post(app, permitPath("delete"), { apiToken: TOKEN, referenceID: referenceId });

    const archived = await getJson(app, `/__simulator/permits/${referenceId}`);

    expect(updated.body).toMatchObject({
      body: { LicencePlate: "PL8RDB" },
      updatedAt: "2026-07-02T09:05:00.000Z",
      deletedAt: null,
    });
    expect(archived).toMatchObject({
      status: 200,
      body: {
        body: { LicencePlate: "PL8RDB", zone: "Lot 4" },
        updates: [{ changes: { LicencePlate: "PL8RDB" }, before: { LicencePlate: "PL8RDR" } }],
        deletedAt: "2026-07-02T09:06:00.000Z",
      },
    });
  });
});

describe("POST /__simulator/reset", () => {
  it("forgets permits and requests and returns to normal behaviour", async () => {
    const { app, state, behaviour } = createSimulator({ tokens: [TOKEN] });
    await pushPermit(app);
    await postBehaviour(app, { mode: "html500" });

    const response = await app.request("/__simulator/reset", { method: "POST" });

    expect(response.status).toBe(204);
    expect(state.permits()).toEqual([]);
    expect(state.requests()).toEqual([]);
    expect(behaviour()).toEqual({ mode: "normal" });
  });
});

describe("POST /__simulator/behaviour", () => {
  it("sets the behaviour and answers it with its defaults filled in", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const response = await postBehaviour(app, { mode: "hang", times: 2 });
    const { body } = await getJson(app, "/__simulator/behaviour");

    expect(response.status).toBe(200);
    const expected = {
      mode: "hang",
      createsPermit: true,
      routes: ["push", "update", "delete", "stats"],
      times: 2,
    };
    expect(await response.json()).toEqual(expected);
    expect(body).toEqual(expected);
  });

  it("shows in GET how many requests a counted misbehaviour has left", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    await postBehaviour(app, { mode: "reject", errorCode: 9021, times: 2 });

    await post(app, permitPath("stats"), { apiToken: TOKEN });
    const { body } = await getJson(app, "/__simulator/behaviour");

    expect(body).toMatchObject({ mode: "reject", times: 1 });
  });

  it.each([
    ["a body that is not JSON", "{mode: hang"],
    ["an unknown mode", { mode: "explode" }],
    ["a setting of another mode", { mode: "truncated", createsPermit: false }],
  ])("answers 400 with a message for %s, and keeps the behaviour", async (_case, behaviour) => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const response = await app.request("/__simulator/behaviour", {
      method: "POST",
      body: typeof behaviour === "string" ? behaviour : JSON.stringify(behaviour),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.any(String) });
    expect((await getJson(app, "/__simulator/behaviour")).body).toEqual({ mode: "normal" });
  });
});
