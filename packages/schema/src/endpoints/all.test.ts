import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { allEndpoints } from "./all.ts";

const pathParameters = (path: string) =>
  [...path.matchAll(/:([A-Za-z]+)/g)].map(([, name]) => name);

describe("the endpoint table", () => {
  it("names each method and path once", () => {
    const routes = allEndpoints().map(({ endpoint }) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it("gives every parameter of a path a schema, and no parameter the path does not have", () => {
    for (const { id, endpoint } of allEndpoints()) {
      const schema = endpoint.params;
      const names = schema instanceof z.ZodMiniObject ? Object.keys(schema.def.shape) : [];
      expect(names.sort(), id).toEqual(pathParameters(endpoint.path).sort());
    }
  });

  it("asks for an Idempotency-Key on exactly the two writes to OPSCOM", () => {
    const keyed = allEndpoints().filter(({ endpoint }) => endpoint.idempotencyKey === true);
    expect(keyed.map(({ id }) => id).sort()).toEqual([
      "permits.changePermit",
      "permits.issuePermit",
    ]);
  });

  it("lets anyone call only first-run set-up, signing in, asking who is signed in, and the health checks", () => {
    const open = allEndpoints().filter(({ endpoint }) => endpoint.access === "public");
    expect(open.map(({ endpoint }) => `${endpoint.method} ${endpoint.path}`).sort()).toEqual([
      "GET /api/session",
      "GET /api/setup",
      "GET /healthz",
      "GET /readyz",
      "POST /api/session",
      "POST /api/setup",
    ]);
  });
});
