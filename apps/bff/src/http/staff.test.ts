import { describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.ts";

function filled(path: string): string {
  return path.replace(/:[^/]+/g, "some-id");
}

describe("every /api route needs a signed-in member", () => {
  it("answers 401 to an anonymous request on every /api route but GET/POST /api/setup and GET/POST /api/session", async () => {
    const { anonymous, hono } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const routes = hono.routes.filter(
      (route) =>
        route.path.startsWith("/api/") && route.path !== "/api/*" && route.method !== "ALL",
    );
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "POST /api/permits",
        "POST /api/permits/:id/changes",
        "POST /api/permits/:id/changes/:changeId/reconciliations",
        "GET /api/users",
        "GET /api/audit",
        "GET /api/templates",
        "POST /api/templates",
        "PUT /api/templates/:id",
        "PATCH /api/templates/:id",
      ]),
    );
    const isPublic = (method: string, path: string) =>
      (path === "/api/setup" && (method === "GET" || method === "POST")) ||
      (path === "/api/session" && (method === "GET" || method === "POST"));
    const protectedRoutes = routes.filter((route) => !isPublic(route.method, route.path));
    expect(protectedRoutes.length).toBeGreaterThan(15);
    for (const route of protectedRoutes) {
      const response = await anonymous.request(filled(route.path), {
        method: route.method,
        headers: { "Content-Type": "application/json" },
        ...(route.method !== "GET" && route.method !== "DELETE" && { body: "{}" }),
      });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    }
  });

  it("refuses a made-up or signed-out session cookie with 401", async () => {
    const { anonymous, staffCookie } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const forged = await anonymous.request("/api/config", {
      headers: { cookie: `permit-desk-session=${"A".repeat(43)}` },
    });
    expect(forged.status).toBe(401);
    const cookie = await staffCookie({ role: "validator", zones: ["Lot 4"] });
    const signOut = await anonymous.request("/api/session", {
      method: "DELETE",
      headers: { cookie, "Content-Type": "application/json" },
    });
    expect(signOut.status).toBe(204);
    expect((await anonymous.request("/api/config", { headers: { cookie } })).status).toBe(401);
  });

  it("keeps /healthz public", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    expect((await anonymous.request("/healthz")).status).toBe(200);
  });
});
