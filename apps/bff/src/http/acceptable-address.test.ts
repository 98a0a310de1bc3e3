import { apiErrorSchema } from "@permit-desk/schema";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
import { answerJson, recordingServersPerTest } from "../testing/recording-server.ts";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";
import { addressProblem } from "./acceptable-address.ts";

const recordingServer = recordingServersPerTest(afterEach);

const json = { "Content-Type": "application/json" };

async function refusal(response: Response) {
  return { status: response.status, ...apiErrorSchema.parse(await response.json()).error };
}

describe("addressProblem", () => {
  it("reads each path segment and each query name and value as the routes will: decoded once", () => {
    expect(addressProblem("http://localhost/api/permits/ab%2500?plate=%2500")).toBeUndefined();
    expect(
      addressProblem("http://localhost/api/permits?zone=C%C3%B4te+Nord&plate="),
    ).toBeUndefined();
    expect(addressProblem("http://localhost/api/permits/a%00b")).toEqual({});
    expect(addressProblem("http://localhost/api/permits?zone=a%00b")).toEqual({
      parameter: "zone",
    });
    expect(addressProblem("http://localhost/api/permits?a%01=1")).toEqual({});
  });

  it("refuses percent escapes that are not UTF-8: overlong NUL, an encoded lone surrogate, a stray %", () => {
    for (const query of ["plate=%C0%80", "plate=%ED%A0%80", "plate=100%", "plate=%E0%A4"]) {
      expect(addressProblem(`http://localhost/api/permits?${query}`), query).toEqual({
        parameter: "plate",
      });
    }
    expect(addressProblem("http://localhost/api/plates/%ED%BF%BF/checks")).toEqual({});
  });
});

describe.each(testDialects())("text no database should hold, on %s", (dialect) => {
  async function app() {
    const opscom = await recordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "ref-edge" }),
    );
    return { opscom, ...(await testApp({ baseUrl: opscom.url, dialect })) };
  }

  it("GET /api/permits answers 400 character_not_accepted to NUL or U+FFFF in a filter, naming it", async () => {
    const { app: admin } = await app();
    for (const query of ["zone=Lot%004", "plate=AB%00", "plate=AB%EF%BF%BF", "cursor=%00"]) {
      const name = query.slice(0, query.indexOf("="));
      expect(await refusal(await admin.request(`/api/permits?${query}`)), query).toMatchObject({
        status: 400,
        code: "character_not_accepted",
        reason: "character_in_query_parameter",
        params: { name },
      });
    }
    expect((await admin.request("/api/permits?zone=C%C3%B4te+%F0%9F%9A%97")).status).toBe(200);
  });

  it("GET /api/permits/export.csv answers 400 before any CSV, not a 200 that stops", async () => {
    const { app: admin } = await app();
    for (const query of ["zone=%00", "plate=AB%EF%BF%BF"]) {
      const response = await admin.request(`/api/permits/export.csv?${query}`);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await refusal(response)).toMatchObject({
        status: 400,
        code: "character_not_accepted",
      });
    }
  });

  it("GET /api/permits/export.csv answers with an error status, not 200, when the journal cannot be read", async () => {
    const { app: admin, database } = await app();
    const cascade = dialect === "postgres" ? sql` cascade` : sql``;
    await sql`drop table journal_entries${cascade}`.execute(database.db);
    const response = await admin.request("/api/permits/export.csv");
    expect(response.status).toBe(500);
    expect(response.headers.get("content-disposition")).toBeNull();
    expect(await refusal(response)).toMatchObject({ code: "internal" });
  });

  it("a page cursor whose decoded id holds NUL answers 400, in the history and the audit trail", async () => {
    const { app: admin } = await app();
    const historyCursor = Buffer.from(JSON.stringify([1, "\u0000"])).toString("base64url");
    const auditCursor = Buffer.from("123:\u0000").toString("base64url");
    for (const path of [
      `/api/permits?cursor=${historyCursor}`,
      `/api/audit?cursor=${auditCursor}`,
    ]) {
      const response = await admin.request(path);
      expect(response.status, path).toBe(400);
    }
  });

  it("every /api route with a path parameter answers 400 to NUL in it", async () => {
    const { app: admin, hono } = await app();
    const withParameters = hono.routes.filter(
      (route) => route.path.startsWith("/api/") && route.path.includes("/:"),
    );
    expect(withParameters.length).toBeGreaterThanOrEqual(8);
    for (const route of withParameters) {
      const path = route.path.replace(/:[A-Za-z]+/g, "a%00b");
      const method = route.method === "ALL" ? "GET" : route.method;
      const response = await admin.request(path, {
        method,
        headers: json,
        body: method === "GET" ? null : "{}",
      });
      expect(await refusal(response), `${method} ${path}`).toMatchObject({
        status: 400,
        code: "character_not_accepted",
      });
    }
  });

  it("POST /api/session answers 422 to NUL in the username, before the throttle or the audit trail", async () => {
    const { anonymous, audit } = await app();
    const before = (await audit.list()).length;
    const response = await anonymous.request("/api/session", {
      method: "POST",
      headers: json,
      body: JSON.stringify({ username: "desk.admin\u0000", password: "whatever it is" }),
    });
    expect(await refusal(response)).toMatchObject({
      status: 422,
      code: "character_not_accepted",
      reason: "character_in_field",
      params: { field: "username" },
    });
    expect(await audit.list()).toHaveLength(before);
  });

  it("POST /api/permits answers 422 on the field to NUL, a lone surrogate or U+FFFF, and sends nothing", async () => {
    const { app: admin, opscom, journal } = await app();
    for (const [field, value] of [
      ["permitNo", "L4-\u0000"],
      ["zone", "Lot 4\uD800"],
      ["plate", "AB\uFFFF"],
    ] as const) {
      const response = await postPermit(admin, { ...validDraft, [field]: value });
      expect(await refusal(response), field).toMatchObject({
        status: 422,
        code: "character_not_accepted",
        fieldErrors: { [field]: [{ code: "character_in_value" }] },
      });
    }
    expect(opscom.requests).toHaveLength(0);
    expect((await journal.list({ limit: 1 })).entries).toHaveLength(0);
  });

  it("POST /api/permits answers 400 json_too_deep to a body nested 4,000 deep, under the size limit", async () => {
    const { app: admin, opscom } = await app();
    for (const body of [
      `${"[".repeat(4000)}${"]".repeat(4000)}`,
      JSON.stringify({ ...validDraft, permitNo: "x" }).replace(
        '"x"',
        `${"[".repeat(4000)}${"]".repeat(4000)}`,
      ),
    ]) {
      expect(await refusal(await postPermit(admin, body))).toMatchObject({
        status: 400,
        code: "json_too_deep",
        reason: "json_too_deep",
        params: { limit: 32 },
      });
    }
    expect(opscom.requests).toHaveLength(0);
  });

  it("POST /api/zones answers 422 to NUL in a zone's name and makes no zone", async () => {
    const { app: admin, zones } = await app();
    const before = await zones.list({ all: true });
    const response = await admin.request("/api/zones", {
      method: "POST",
      headers: json,
      body: JSON.stringify({ name: "Lot\u00009" }),
    });
    expect(await refusal(response)).toMatchObject({ status: 422, code: "character_not_accepted" });
    expect(await zones.list({ all: true })).toEqual(before);
  });
});
