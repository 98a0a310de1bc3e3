import { sessionSchema, sessionStateSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { ADDRESS_FAILURE_BURST } from "../auth/sign-in-throttle.ts";
import { countingPasswordHashing, goodPassword } from "../testing/accounts.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { type TestClient, testApp } from "../testing/test-app.ts";

const json = { "Content-Type": "application/json" };

function signIn(client: TestClient, username: string, password: string) {
  return client.request("/api/session", {
    method: "POST",
    headers: json,
    body: JSON.stringify({ username, password }),
  });
}

describe("POST /api/session (sign in)", () => {
  it("signs a member in with a new HttpOnly, SameSite=Strict session cookie and answers who they are", async () => {
    const { anonymous, staffCookie } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    await staffCookie({ role: "validator", username: "ana", zones: ["Lot 5"] });
    const response = await signIn(anonymous, "ANA", goodPassword);
    expect(response.status).toBe(200);
    expect(sessionSchema.parse(await response.json()).user).toMatchObject({
      username: "ana",
      role: "validator",
      zones: ["Lot 5"],
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^permit-desk-session=[\w-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
    const again = await signIn(anonymous, "ana", goodPassword);
    expect(again.headers.get("set-cookie")?.split(";")[0]).not.toBe(cookie.split(";")[0]);
  });

  it("names the cookie __Host- and makes it Secure when served over HTTPS", async () => {
    const { anonymous } = await testApp({
      baseUrl: "http://127.0.0.1:9",
      env: { PUBLIC_ORIGIN: "https://permits.example.com" },
    });
    const response = await signIn(anonymous, "desk.admin", goodPassword);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-permit-desk-session=/);
    expect(cookie).toContain("Secure");
    const token = cookie.split(";")[0] ?? "";
    const session = await anonymous.request("/api/session", { headers: { cookie: token } });
    expect(sessionStateSchema.parse(await session.json()).user?.username).toBe("desk.admin");
  });

  it("answers the same 401 for an unknown username, a wrong password and a disabled account", async () => {
    const { anonymous, users, staffCookie } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    await staffCookie({ role: "validator", username: "bo" });
    const bo = await users.getByUsername("bo");
    await users.update(bo?.id ?? "", { disabled: true }, { userId: null, label: "test" });
    const answers = [
      await signIn(anonymous, "nobody", goodPassword),
      await signIn(anonymous, "desk.admin", "wrong password, surely"),
      await signIn(anonymous, "bo", goodPassword),
    ];
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(bodies[0]).toEqual({
      error: { code: "unauthenticated", reason: "credentials_wrong" },
    });
    expect(answers.every((answer) => answer.headers.get("set-cookie") === null)).toBe(true);
  });

  it("slows down repeated wrong passwords with 429 and Retry-After, alike for an unknown username", async () => {
    const time = manualClock();
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9", clock: time.clock });
    const attempts = async (username: string) => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        statuses.push((await signIn(anonymous, username, "not the password at all")).status);
      }
      return statuses;
    };
    const real = await attempts("desk.admin");
    const unknown = await attempts("no.such.user");
    expect(real).toEqual([401, 401, 401, 401, 429]);
    expect(unknown).toEqual(real);
    const throttled = await signIn(anonymous, "desk.admin", goodPassword);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await throttled.json()).toMatchObject({ error: { code: "throttled" } });
    const ghost = await signIn(anonymous, "no.such.user", goodPassword);
    expect(ghost.status).toBe(429);
    expect(ghost.headers.get("retry-after")).toBe(throttled.headers.get("retry-after"));
    time.advance(60_000);
    expect((await signIn(anonymous, "desk.admin", goodPassword)).status).toBe(200);
  });

  it("answers 429 address_throttled with Retry-After once an address has failed past its ceiling, whatever the username", async () => {
    const time = manualClock();
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9", clock: time.clock });
    for (let count = 0; count < ADDRESS_FAILURE_BURST; count++) {
      expect((await signIn(anonymous, `guess${count}`, "password guess")).status).toBe(401);
    }
    const refused = await signIn(anonymous, "desk.admin", goodPassword);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("30");
    expect(await refused.json()).toEqual({
      error: {
        code: "address_throttled",
        reason: "address_throttled",
      },
    });
  });

  it("answers 503 busy with Retry-After, rather than queueing, when password work is full", async () => {
    const { passwords } = countingPasswordHashing({ concurrency: 1, queueLimit: 0 });
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9", passwords });
    const answers = await Promise.all(
      ["ana", "bo", "cy", "di", "ed"].map((username) =>
        signIn(anonymous, username, "password guess"),
      ),
    );
    const busy = answers.filter((answer) => answer.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    expect(answers.every((answer) => answer.status === 503 || answer.status === 401)).toBe(true);
    expect(Number(busy[0]?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await busy[0]?.json()).toMatchObject({ error: { code: "busy" } });
  });

  it("records successful and failed sign-ins in the audit trail", async () => {
    const { anonymous, audit } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    await signIn(anonymous, "desk.admin", "wrong password, surely");
    await signIn(anonymous, "desk.admin", goodPassword);
    expect((await audit.list({ action: "auth.sign_in_failed" })).length).toBe(1);
    expect((await audit.list({ action: "auth.sign_in" })).length).toBe(1);
  });
});

describe("GET and DELETE /api/session", () => {
  it("GET /api/session answers 200 with no member to a caller signed in as nobody, or with a made-up cookie", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const cookies = [{}, { cookie: `permit-desk-session=${"A".repeat(43)}` }] as Record<
      string,
      string
    >[];
    for (const headers of cookies) {
      const response = await anonymous.request("/api/session", { headers });
      expect(response.status).toBe(200);
      expect(sessionStateSchema.parse(await response.json())).toEqual({ user: null });
    }
  });

  it("GET /api/session answers the signed-in member; DELETE signs out, clears the cookie and records it", async () => {
    const { app, anonymous, audit, staffCookie } = await testApp({
      baseUrl: "http://127.0.0.1:9",
    });
    expect(
      sessionSchema.parse(await (await app.request("/api/session")).json()).user,
    ).toMatchObject({ username: "desk.admin", role: "admin", zones: ["Lot 4", "Lot 5"] });
    const cookie = await staffCookie({ role: "manager", zones: ["Lot 4"] });
    const out = await anonymous.request("/api/session", {
      method: "DELETE",
      headers: { ...json, cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/permit-desk-session=;.*Max-Age=0/);
    const after = await anonymous.request("/api/session", { headers: { cookie } });
    expect(after.status).toBe(200);
    expect(sessionStateSchema.parse(await after.json())).toEqual({ user: null });
    expect(await audit.list({ action: "auth.sign_out" })).toHaveLength(1);
  });
});

describe("PUT /api/session/password", () => {
  it("changes the member's own password when the current one is right, and only then", async () => {
    const { app, anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const change = (currentPassword: string) =>
      app.request("/api/session/password", {
        method: "PUT",
        headers: json,
        body: JSON.stringify({ currentPassword, newPassword: "a brand new long passphrase" }),
      });
    expect((await change("not my password")).status).toBe(422);
    expect((await change(goodPassword)).status).toBe(204);
    const session = sessionStateSchema.parse(await (await app.request("/api/session")).json());
    expect(session.user?.username).toBe("desk.admin");
    expect((await signIn(anonymous, "desk.admin", goodPassword)).status).toBe(401);
    expect((await signIn(anonymous, "desk.admin", "a brand new long passphrase")).status).toBe(200);
  });

  it("asks for the current password by its own code when it is left out or is not text", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const currentPassword of [undefined, 42]) {
      const response = await app.request("/api/session/password", {
        method: "PUT",
        headers: json,
        body: JSON.stringify({ currentPassword, newPassword: "a brand new long passphrase" }),
      });
      expect(response.status).toBe(422);
      expect(await response.json()).toEqual({
        error: {
          code: "validation",
          fieldErrors: { currentPassword: [{ code: "current_password_required" }] },
        },
      });
    }
  });

  it("refuses a common password beside the new password, and a wrong current one beside it", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const change = (currentPassword: string, newPassword: string) =>
      app.request("/api/session/password", {
        method: "PUT",
        headers: json,
        body: JSON.stringify({ currentPassword, newPassword }),
      });
    const common = await change(goodPassword, "password1234");
    expect(common.status).toBe(422);
    expect(await common.json()).toMatchObject({
      error: {
        reason: "password_common",
        fieldErrors: { newPassword: [{ code: "password_common" }] },
      },
    });
    const wrong = await change("not my password", "a brand new long passphrase");
    expect(await wrong.json()).toMatchObject({
      error: { fieldErrors: { currentPassword: [{ code: "current_password_wrong" }] } },
    });
  });
});
