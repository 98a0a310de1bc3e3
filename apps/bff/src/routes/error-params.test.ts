import { apiErrorSchema, PARAM_MAX_LENGTH } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { type TestClient, testApp } from "../testing/test-app.ts";

const send = (client: TestClient, method: string, path: string, body: unknown) =>
  client.request(path, {
    method,
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const template = { name: "Guest 2h", zone: "Lot 4", duration: { kind: "hours", hours: 2 } };

/** The error answer, checked against the contract: known codes, each text parameter one short line. */
async function errorOf(response: Response) {
  const body: unknown = await response.json();
  const parsed = apiErrorSchema.safeParse(body);
  expect(parsed.error?.issues ?? [], JSON.stringify(body).slice(0, 400)).toEqual([]);
  return apiErrorSchema.parse(body).error;
}

describe("what an error answer repeats of the request", () => {
  it("names an unknown audit action of 5,000 characters in at most 200", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await app.request(`/api/audit?action=${"x".repeat(5_000)}`);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.reason).toBe("audit_action_unknown");
    expect(error.params?.action).toBe(`${"x".repeat(PARAM_MAX_LENGTH - 1)}…`);
  });

  it("names an unknown audit action on one line, its line breaks and direction overrides shown as U+FFFD", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const action = encodeURIComponent("user.create\n\tfake line\u202Eevil");
    const error = await errorOf(await app.request(`/api/audit?action=${action}`));
    expect(error.params?.action).toBe("user.create\uFFFD\uFFFDfake line\uFFFDevil");
  });

  it("names a template body's unknown fields briefly, however many were sent", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const unknown = Object.fromEntries(
      Array.from({ length: 3_000 }, (_, index) => [`field${index}`, 1]),
    );
    const response = await send(app, "POST", "/api/templates", { ...template, ...unknown });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.reason).toBe("body_unknown_fields");
    expect(String(error.params?.fields)).toMatch(/^field0, field1, .*…$/);
    expect(String(error.params?.fields)).toHaveLength(PARAM_MAX_LENGTH);
  });

  it("names a field whose name holds a line break on one line, in the refusal of its value", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await send(app, "POST", "/api/zones", { "na\nme": "Lot\u0000 9" });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error).toMatchObject({ reason: "character_in_field", params: { field: "na\uFFFDme" } });
  });

  it("repeats a permit-number pattern's unknown placeholder of 20,000 characters in at most 200", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const pattern = `{${"y".repeat(20_000)}}`;
    const response = await send(app, "POST", "/api/templates", {
      ...template,
      permitNumberPattern: pattern,
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    const [found] = error.fieldErrors?.permitNumberPattern ?? [];
    expect(found?.code).toBe("pattern_unknown_placeholder");
    expect(String(found?.params?.placeholder)).toHaveLength(PARAM_MAX_LENGTH);
  });

  it("names unknown zones of a new member briefly and on one line", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const zones = [
      "Lot\t9",
      ...Array.from({ length: 300 }, (_, index) => `Zone ${index} ${"z".repeat(150)}`),
    ];
    const response = await send(app, "POST", "/api/users", {
      username: "ana",
      displayName: "Ana",
      role: "validator",
      zones,
      password: "a long enough passphrase here",
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.reason).toBe("zones_unknown");
    expect(error.params).toMatchObject({ count: 301 });
    expect(String(error.params?.zones)).toMatch(/^"Lot\uFFFD9", "Zone 0 z+/);
  });

  it("repeats a zone filter of the plate checks with its line break shown as U+FFFD, not as a space", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await app.request("/api/plates/AB123/checks?zone=Lot%0A4");
    expect(response.status).toBe(403);
    const error = await errorOf(response);
    expect(error).toMatchObject({
      reason: "zone_not_issuable",
      params: { zone: "Lot\uFFFD4" },
    });
  });
});
