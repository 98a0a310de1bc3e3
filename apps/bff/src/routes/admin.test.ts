import {
  auditPageSchema,
  sessionStateSchema,
  userListSchema,
  userSchema,
  zoneListSchema,
} from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { goodPassword } from "../testing/accounts.ts";
import { type TestClient, testApp } from "../testing/test-app.ts";

const send = (client: TestClient, method: string, path: string, body?: unknown) =>
  client.request(path, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });

/** Who `GET /api/session` says the client is signed in as; null for nobody. */
async function signedInAs(client: TestClient): Promise<string | null> {
  const response = await client.request("/api/session");
  expect(response.status).toBe(200);
  return sessionStateSchema.parse(await response.json()).user?.username ?? null;
}

const newUser = {
  username: "ana",
  displayName: "Ana Silva",
  role: "validator",
  zones: ["Lot 4"],
  password: "a long enough passphrase here",
};

describe("/api/users (administrators only)", () => {
  it("POST /api/users creates a user and GET /api/users lists them", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const created = await send(app, "POST", "/api/users", newUser);
    expect(created.status).toBe(201);
    expect(userSchema.parse(await created.json())).toMatchObject({
      username: "ana",
      zones: ["Lot 4"],
    });
    const list = userListSchema.parse(await (await app.request("/api/users")).json());
    expect(list.users.map((user) => user.username)).toEqual(["ana", "desk.admin"]);
    expect(JSON.stringify(list)).not.toContain("argon2");
  });

  it("refuses a display name holding a line break, a control or a direction override, beside the field", async () => {
    const { app, users } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const created = userSchema.parse(await (await send(app, "POST", "/api/users", newUser)).json());
    // Each would redraw what the audit trail, the history or its CSV say around the name.
    for (const displayName of [
      "Ana\nAdmin",
      "Ana\tSilva",
      "\u202Eavlis anA",
      "Ana\u2066Silva",
      "Ana\u2028Silva",
    ]) {
      for (const [method, path, body] of [
        ["POST", "/api/users", { ...newUser, username: "bob", displayName }],
        ["PATCH", `/api/users/${created.id}`, { displayName }],
      ] as const) {
        const refused = await send(app, method, path, body);
        expect(refused.status, `${method} ${JSON.stringify(displayName)}`).toBe(422);
        expect(await refused.json()).toMatchObject({
          error: { fieldErrors: { displayName: [{ code: "character_in_value" }] } },
        });
      }
      await expect(
        users.update(created.id, { displayName }, { userId: null, label: "test" }),
      ).rejects.toThrow();
    }
    // Names in any script, with their accents and joiners, stay welcome.
    for (const displayName of ["Zoë O'Brien-Lévesque", "محمد علي", "क्षत्रिय"]) {
      expect((await send(app, "PATCH", `/api/users/${created.id}`, { displayName })).status).toBe(
        200,
      );
    }
  });

  it("POST /api/users refuses a common password beside the password field", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const refused = await send(app, "POST", "/api/users", { ...newUser, password: "password1234" });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({
      error: {
        reason: "password_common",
        fieldErrors: { password: [{ code: "password_common" }] },
      },
    });
  });

  it("POST /api/users refuses an unknown zone with 422 and a taken username with 409", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    expect((await send(app, "POST", "/api/users", { ...newUser, zones: ["Lot 9"] })).status).toBe(
      422,
    );
    expect((await send(app, "POST", "/api/users", newUser)).status).toBe(201);
    expect((await send(app, "POST", "/api/users", { ...newUser, username: "ANA" })).status).toBe(
      409,
    );
  });

  it("answers 403 to a manager or validator on every /api/users route", async () => {
    const { as, staffCookie } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const role of ["manager", "validator"] as const) {
      const member = as(await staffCookie({ role, zones: ["Lot 4"] }));
      expect((await member.request("/api/users")).status).toBe(403);
      expect((await send(member, "POST", "/api/users", { ...newUser, role: "admin" })).status).toBe(
        403,
      );
      expect((await send(member, "PATCH", "/api/users/x", { role: "admin" })).status).toBe(403);
      expect((await send(member, "POST", "/api/users/x/password", { password: "x" })).status).toBe(
        403,
      );
      expect((await send(member, "DELETE", "/api/users/x/sessions")).status).toBe(403);
      expect((await member.request("/api/audit")).status).toBe(403);
      expect((await send(member, "POST", "/api/zones", { name: "Lot 9" })).status).toBe(403);
    }
  });

  it("PATCH /api/users/:id disabling a user ends their sessions at once", async () => {
    const { app, as, staffCookie, users } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const cookie = await staffCookie({ role: "validator", username: "bo", zones: ["Lot 4"] });
    const bo = await users.getByUsername("bo");
    const patched = await send(app, "PATCH", `/api/users/${bo?.id}`, { disabled: true });
    expect(userSchema.parse(await patched.json()).disabled).toBe(true);
    expect(await signedInAs(as(cookie))).toBeNull();
  });

  it("PATCH /api/users/:id answers 422 to a field it does not know, changing nothing", async () => {
    const { app, as, staffCookie, users } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const cookie = await staffCookie({ role: "validator", username: "cy", zones: ["Lot 4"] });
    const cy = await users.getByUsername("cy");
    const patched = await send(app, "PATCH", `/api/users/${cy?.id}`, { active: false });
    expect(patched.status).toBe(422);
    expect((await users.getByUsername("cy"))?.disabled).toBe(false);
    expect(await signedInAs(as(cookie))).toBe("cy");
  });

  it("PATCH /api/users/:id refuses an administrator disabling themselves", async () => {
    const { app, users } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const me = await users.getByUsername("desk.admin");
    expect((await send(app, "PATCH", `/api/users/${me?.id}`, { disabled: true })).status).toBe(409);
  });

  it("POST /api/users/:id/password resets a password and DELETE /api/users/:id/sessions signs them out", async () => {
    const { app, anonymous, as, staffCookie, users } = await testApp({
      baseUrl: "http://127.0.0.1:9",
    });
    const cookie = await staffCookie({ role: "manager", username: "mia", zones: ["Lot 5"] });
    const mia = await users.getByUsername("mia");
    const reset = await send(app, "POST", `/api/users/${mia?.id}/password`, {
      password: "a fresh passphrase for her",
    });
    expect(reset.status).toBe(204);
    expect(await signedInAs(as(cookie))).toBeNull();
    const signIn = await send(anonymous, "POST", "/api/session", {
      username: "mia",
      password: "a fresh passphrase for her",
    });
    expect(signIn.status).toBe(200);
    const again = signIn.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect((await send(app, "DELETE", `/api/users/${mia?.id}/sessions`)).status).toBe(204);
    expect(await signedInAs(as(again))).toBeNull();
    expect(
      (await send(anonymous, "POST", "/api/session", { username: "mia", password: goodPassword }))
        .status,
    ).toBe(401);
  });
});

describe("/api/zones", () => {
  it("GET /api/zones lists every zone to an admin and only their active zones to others", async () => {
    const { app, as, staffCookie } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const created = await send(app, "POST", "/api/zones", {
      name: "Visitor Parkade",
      active: false,
    });
    expect(created.status).toBe(201);
    const all = zoneListSchema.parse(await (await app.request("/api/zones")).json());
    expect(all.zones.map((zone) => [zone.name, zone.active])).toEqual([
      ["Lot 4", true],
      ["Lot 5", true],
      ["Visitor Parkade", false],
    ]);
    const ana = as(await staffCookie({ role: "validator", zones: ["Lot 5", "Visitor Parkade"] }));
    const hers = zoneListSchema.parse(await (await ana.request("/api/zones")).json());
    expect(hers.zones.map((zone) => zone.name)).toEqual(["Lot 5"]);
  });

  it("PATCH /api/zones/:id renames and deactivates a zone, refusing a taken name with 409", async () => {
    const { app, audit } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const all = zoneListSchema.parse(await (await app.request("/api/zones")).json()).zones;
    const lot4 = all.find((zone) => zone.name === "Lot 4");
    expect((await send(app, "PATCH", `/api/zones/${lot4?.id}`, { name: "Lot 5" })).status).toBe(
      409,
    );
    const renamed = await send(app, "PATCH", `/api/zones/${lot4?.id}`, {
      name: "Lot 4 North",
      active: false,
    });
    expect(await renamed.json()).toEqual({ id: lot4?.id, name: "Lot 4 North", active: false });
    const [event] = await audit.list({ action: "zone.update" });
    expect(event?.actor.label).toBe("desk.admin");
    expect((await send(app, "PATCH", "/api/zones/nope", { active: true })).status).toBe(404);
  });
});

describe("GET /api/audit", () => {
  it("lists events newest first, filtered by action and actor, a page at a time", async () => {
    const { app, users } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (let index = 0; index < 55; index++) {
      await send(app, "POST", "/api/zones", { name: `Zone ${index}` });
    }
    const first = auditPageSchema.parse(
      await (await app.request("/api/audit?action=zone.create")).json(),
    );
    expect(first.events).toHaveLength(50);
    expect(first.events[0]?.detail).toBeUndefined();
    expect(first.nextCursor).toBeDefined();
    const second = auditPageSchema.parse(
      await (await app.request(`/api/audit?action=zone.create&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.events.length).toBe(57 - 50);
    expect(second.nextCursor).toBeUndefined();
    const me = await users.getByUsername("desk.admin");
    const mine = auditPageSchema.parse(
      await (await app.request(`/api/audit?actor=${me?.id}`)).json(),
    );
    expect(mine.events.every((event) => event.actor === "desk.admin")).toBe(true);
    expect(mine.events).toHaveLength(50);
    expect((await app.request("/api/audit?action=nonsense")).status).toBe(400);
  });

  it("marks the events of Permit Desk itself, not those of members or of a failed sign-in", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    await send(app, "POST", "/api/zones", { name: "Lot 9" });
    await send(app, "POST", "/api/session", { username: "ZONES", password: "not it at all" });
    const { events } = auditPageSchema.parse(await (await app.request("/api/audit")).json());
    const byActor = (actor: string) => events.filter((event) => event.actor === actor);
    expect(byActor("ZONES").length).toBeGreaterThan(0);
    expect(byActor("ZONES").every((event) => event.system === true)).toBe(true);
    expect(byActor("desk.admin").length).toBeGreaterThan(0);
    expect(byActor("desk.admin").some((event) => "system" in event)).toBe(false);
    const [failed] = events.filter((event) => event.action === "auth.sign_in_failed");
    expect(failed).toMatchObject({ actor: "unknown address", detail: { usernames: ["zones"] } });
    expect(failed?.system).toBeUndefined();
  });

  it("offers no way to change or delete an event", async () => {
    const { app, hono } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const auditRoutes = hono.routes.filter((route) => route.path.startsWith("/api/audit"));
    expect(auditRoutes.map((route) => route.method).filter((method) => method !== "ALL")).toEqual([
      "GET",
    ]);
    expect((await send(app, "DELETE", "/api/audit")).status).toBe(404);
  });
});
