import { sessionSchema, setupStatusSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.ts";

const firstAdmin = {
  username: "Ana",
  displayName: "Ana Silva",
  password: "a long enough first passphrase",
};

async function emptyApp() {
  const context = await testApp({ baseUrl: "http://127.0.0.1:9" });
  await context.database.db.deleteFrom("sessions").execute();
  await context.database.db.deleteFrom("user_zones").execute();
  await context.database.db.deleteFrom("users").execute();
  return context;
}

const postSetup = (
  client: Awaited<ReturnType<typeof emptyApp>>["anonymous"],
  body: unknown = firstAdmin,
) =>
  client.request("/api/setup", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

describe("/api/setup (first run)", () => {
  it("GET /api/setup says the first administrator is needed while no user exists, and not after", async () => {
    const { anonymous } = await emptyApp();
    const before = setupStatusSchema.parse(await (await anonymous.request("/api/setup")).json());
    expect(before).toEqual({ needsFirstAdmin: true });
    expect((await postSetup(anonymous)).status).toBe(201);
    const after = setupStatusSchema.parse(await (await anonymous.request("/api/setup")).json());
    expect(after).toEqual({ needsFirstAdmin: false });
  });

  it("POST /api/setup creates an administrator and signs them in", async () => {
    const { anonymous } = await emptyApp();
    const response = await postSetup(anonymous);
    expect(sessionSchema.parse(await response.json()).user).toMatchObject({
      username: "Ana",
      displayName: "Ana Silva",
      role: "admin",
      zones: ["Lot 4", "Lot 5"],
    });
    const cookie = response.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect((await anonymous.request("/api/config", { headers: { cookie } })).status).toBe(200);
  });

  it("POST /api/setup answers 409 once any user exists, and creates nobody", async () => {
    const { anonymous, users } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await postSetup(anonymous);
    expect(response.status).toBe(409);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await users.getByUsername("Ana")).toBeUndefined();
  });

  it("POST /api/setup refuses a short or common password with 422", async () => {
    const { anonymous } = await emptyApp();
    expect((await postSetup(anonymous, { ...firstAdmin, password: "short" })).status).toBe(422);
    const common = await postSetup(anonymous, { ...firstAdmin, password: "password1234" });
    expect(common.status).toBe(422);
    expect(await common.json()).toMatchObject({
      error: { fieldErrors: { password: [{ code: "password_common" }] } },
    });
  });
});
