import type { Endpoint } from "@permit-desk/schema";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { mountRoutes, type Route } from "./endpoint-routes.ts";
import type { Staff, StaffEnv } from "./staff.ts";

const endpointFor = (access: Endpoint["access"]): Endpoint => ({
  method: "GET",
  path: "/metrics",
  access,
  status: 200,
  response: z.object({ ok: z.boolean() }),
});

/** An app with one route at `/metrics`, and how often its handler ran. */
function appWith(access: Endpoint["access"], staff?: Pick<Staff, "user">) {
  const calls: string[] = [];
  const route: Route = {
    endpoint: endpointFor(access),
    before: [],
    handle: (c) => {
      calls.push(access);
      return c.json({ ok: true });
    },
  };
  const app = new Hono<StaffEnv>();
  if (staff !== undefined) {
    app.use(async (c, next) => {
      c.set("staff", staff as Staff);
      await next();
    });
  }
  mountRoutes(app, [route]);
  return { app, calls };
}

describe("an endpoint mounted from the table", () => {
  it("refuses everyone, rather than opening up, when it needs a member and is mounted where no one is signed in", async () => {
    for (const access of ["staff", "manager", "admin"] as const) {
      const { app, calls } = appWith(access);
      const response = await app.request("/metrics");
      expect(response.status, access).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: "unauthenticated", reason: "sign_in_required" },
      });
      expect(calls).toEqual([]);
    }
  });

  it("answers anyone when public, and a signed-in member when it needs one", async () => {
    expect((await appWith("public").app.request("/metrics")).status).toBe(200);
    const member = { user: { role: "validator" } } as Pick<Staff, "user">;
    expect((await appWith("staff", member).app.request("/metrics")).status).toBe(200);
    expect((await appWith("admin", member).app.request("/metrics")).status).toBe(403);
  });
});
