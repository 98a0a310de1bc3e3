import { describe, expect, it } from "vitest";
import { createSimulator } from "./create-simulator.ts";
import {
  opscomErrorBody,
  permitPath,
  post,
  pushPermit,
  SAMPLE_BODY,
  TOKEN,
} from "./testing/opscom-requests.ts";

const PUSH = permitPath("push");
const READ_ONLY_TOKEN = "read-only-token";

function simulator() {
  return createSimulator({ tokens: { [TOKEN]: ["permit-create"], [READ_ONLY_TOKEN]: [] } });
}

describe("POST /api/:client/v1/permits/* checks before the fields", () => {
  it.each([
    ["empty", "/api//v1/permits/push"],
    ["blank", "/api/%20%20/v1/permits/push"],
  ])("answers 9000 when the client code is %s", async (_case, path) => {
    const { app, state } = simulator();

    const answer = await post(app, path, SAMPLE_BODY);

    expect(answer.body).toEqual(opscomErrorBody(9000, "client code"));
    expect(state.permits()).toEqual([]);
  });

  it("answers 9000 for a client code other than the configured one", async () => {
    const { app } = createSimulator({ tokens: [TOKEN], clientCode: "OC-TOMA" });

    const other = await post(app, permitPath("push", "OC-ELSE"), SAMPLE_BODY);
    const configured = await post(app, permitPath("push", "OC-TOMA"), SAMPLE_BODY);

    expect(other.body).toEqual(opscomErrorBody(9000, "OC-ELSE"));
    expect(configured.body).toMatchObject({ status: "success" });
  });

  it("answers 9000 before 9003 when both the client code and the body are bad", async () => {
    const { app } = simulator();

    const answer = await post(app, "/api//v1/permits/push", "not json");

    expect(answer.body).toMatchObject({ ErrorCode: 9000 });
  });

  it.each([
    ["not JSON", '{"apiToken": "demo-token",'],
    ["a JSON array", "[]"],
    ["a JSON string", '"demo-token"'],
    ["JSON null", "null"],
    ["empty", ""],
  ])("answers 9003 when the body is %s", async (_case, body) => {
    const { app } = simulator();

    const answer = await post(app, PUSH, body);

    expect(answer.body).toEqual(opscomErrorBody(9003, "JSON"));
  });

  it.each([
    ["missing", undefined],
    ["empty", ""],
    ["null", null],
  ])("answers 9001 with the published message when the token is %s", async (_case, apiToken) => {
    const { app } = simulator();

    const answer = await post(app, PUSH, { ...SAMPLE_BODY, apiToken });

    expect(answer.body).toEqual({
      ErrorCode: 9001,
      ErrorMessage: "API Token is missing from the request.",
    });
  });

  it("answers 9001 before any field error", async () => {
    const { app } = simulator();

    const answer = await post(app, PUSH, { LicencePlate: "A".repeat(40) });

    expect(answer.body).toMatchObject({ ErrorCode: 9001 });
  });

  it.each([
    ["unknown", "no-such-token"],
    ["not text", 12345],
  ])("answers 9002 when the token is %s", async (_case, apiToken) => {
    const { app, state } = simulator();

    const answer = await post(app, PUSH, { ...SAMPLE_BODY, apiToken });

    expect(answer.body).toEqual(opscomErrorBody(9002, "apiToken"));
    expect(state.permits()).toEqual([]);
  });

  it.each(["push", "update", "delete"] as const)(
    "answers 9002 on /permits/%s when the token lacks permit-create",
    async (route) => {
      const { app } = simulator();
      const referenceId = await pushPermit(app);

      const answer = await post(app, permitPath(route), {
        ...SAMPLE_BODY,
        apiToken: READ_ONLY_TOKEN,
        referenceID: referenceId,
      });

      expect(answer.body).toEqual(opscomErrorBody(9002, "permit-create"));
    },
  );

  it("lets a token without permit-create read /permits/stats", async () => {
    const { app } = simulator();

    const answer = await post(app, permitPath("stats"), { apiToken: READ_ONLY_TOKEN });

    expect(answer.body).toEqual({ data: [] });
  });

  it("reads the body as JSON whatever its Content-Type", async () => {
    const { app } = simulator();

    const response = await app.request(PUSH, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify(SAMPLE_BODY),
    });

    expect(await response.json()).toMatchObject({ status: "success" });
  });

  it("records the client code of the path on the permit", async () => {
    const { app, state } = simulator();

    const answer = await post(app, permitPath("push", "OC_TOMA"), SAMPLE_BODY);

    expect(answer.body).toMatchObject({ status: "success" });
    expect(state.permits()).toMatchObject([{ clientCode: "OC_TOMA" }]);
  });

  it("answers 404 on a path OPSCOM does not publish", async () => {
    const { app } = simulator();

    const response = await app.request("/api/OC-TOMA/v1/permits/renew", { method: "POST" });

    expect(response.status).toBe(404);
  });
});
