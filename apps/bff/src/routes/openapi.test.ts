import { openApiPath } from "@permit-desk/schema";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.ts";

type Document = { openapi: string; paths: Record<string, Record<string, unknown>> };

/** Every `METHOD /path` the Hono app answers, middleware and the `/api/*` catch-all left out. */
function servedRoutes(routes: ReadonlyArray<{ method: string; path: string }>): string[] {
  const served = routes
    .filter(({ method, path }) => method !== "ALL" && !path.endsWith("*"))
    .map(({ method, path }) => `${method} ${openApiPath(path)}`);
  return [...new Set(served)].sort();
}

function documentedRoutes(document: Document): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    )
    .sort();
}

async function readDocument() {
  const { app, hono } = await testApp({ baseUrl: "http://127.0.0.1:9" });
  const response = await app.request("/api/openapi.json");
  return { response, document: (await response.json()) as Document, hono };
}

describe("GET /api/openapi.json", () => {
  it("describes every route the app serves, and no route it does not", async () => {
    const { response, document, hono } = await readDocument();
    expect(response.status).toBe(200);
    expect(servedRoutes(hono.routes)).toContain("POST /api/permits/{id}/changes");
    expect(documentedRoutes(document)).toEqual(servedRoutes(hono.routes));
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const { document } = await readDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it("asks for an Idempotency-Key on each write to OPSCOM, and a session everywhere but the public routes", async () => {
    const { document } = await readDocument();
    const operation = (path: string, method: string) =>
      document.paths[path]?.[method] as {
        security?: unknown[];
        parameters?: Array<{ name: string; in: string; required: boolean }>;
      };
    for (const [path, method] of [
      ["/api/permits", "post"],
      ["/api/permits/{id}/changes", "post"],
    ] as const) {
      expect(operation(path, method).parameters).toContainEqual(
        expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
      );
    }
    expect(operation("/api/session", "post").security).toEqual([]);
    expect(operation("/api/setup", "get").security).toEqual([]);
    expect(operation("/api/permits", "get").security).toBeUndefined();
  });

  it("is not served to someone who is not signed in, as the rest of the API", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    expect((await anonymous.request("/api/openapi.json")).status).toBe(401);
  });
});
