import { describe, expect, it } from "vitest";
import { goodPassword } from "../testing/accounts.ts";
import { STAFF_USERNAME } from "../testing/staff-session.ts";
import { postPermit, type TestClient, testApp, validDraft } from "../testing/test-app.ts";

/** A sign-in as a browser sends it, from the page at `origin`, to the server as `host`. */
function signInFrom(client: TestClient, origin: string, host: string) {
  return client.request("/api/session", {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin, Host: host },
    body: JSON.stringify({ username: STAFF_USERNAME, password: goodPassword }),
  });
}

describe("the server's own origin, scheme, host and port", () => {
  it("refuses every route to a DNS-rebinding page, which names its own host, when PUBLIC_ORIGIN is unset", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const host of ["evil.example:3000", "evil.example", "localhost.evil.example:3000"]) {
      const origin = `http://${host}`;
      const setupState = await anonymous.request("/api/setup", { headers: { Host: host } });
      const setup = await anonymous.request("/api/setup", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: origin, Host: host },
        body: JSON.stringify({ username: "mallory", displayName: "M", password: goodPassword }),
      });
      const signIn = await signInFrom(anonymous, origin, host);
      expect([setupState.status, setup.status, signIn.status]).toEqual([421, 421, 421]);
      expect(signIn.headers.get("set-cookie")).toBeNull();
    }
  });

  it("signs in from this machine's own page, under any loopback name on the server's port", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "LOCALHOST:3000"]) {
      const response = await signInFrom(anonymous, `http://${host.toLowerCase()}`, host);
      expect(response.status, host).toBe(200);
    }
  });

  it.each([
    ["a foreign Origin with the right Host", "http://evil.example", "localhost:3000"],
    ["https where the server speaks http", "https://localhost:3000", "localhost:3000"],
    ["another port in the Origin", "http://localhost:3001", "localhost:3000"],
    ["another loopback name than the Host", "http://127.0.0.1:3000", "localhost:3000"],
    ["an opaque origin", "null", "localhost:3000"],
  ])("refuses a sign-in with %s (403)", async (_case, origin, host) => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await signInFrom(anonymous, origin, host);
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a Host on another port, or carrying more than a host and port (421)", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const host of ["localhost:3001", "localhost", "user@localhost:3000", "localhost:3000/x"]) {
      const response = await anonymous.request("/api/session", { headers: { Host: host } });
      expect(response.status, host).toBe(421);
    }
  });

  it("with PUBLIC_ORIGIN, takes exactly that origin, and its host (or a proxy here on the server's port) as Host", async () => {
    const { anonymous } = await testApp({
      baseUrl: "http://127.0.0.1:9",
      env: { PUBLIC_ORIGIN: "https://permits.example.com" },
    });
    const ours = "https://permits.example.com";
    const answers = [
      await signInFrom(anonymous, ours, "permits.example.com"),
      await signInFrom(anonymous, ours, "permits.example.com:443"),
      await signInFrom(anonymous, ours, "127.0.0.1:3000"),
      await signInFrom(anonymous, "http://permits.example.com", "permits.example.com"),
      await signInFrom(anonymous, "https://permits.example.com:8443", "permits.example.com"),
      await signInFrom(anonymous, "http://localhost:3000", "localhost:3000"),
      await signInFrom(anonymous, ours, "evil.example"),
      await signInFrom(anonymous, ours, "permits.example.com:80"),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([
      200, 200, 200, 403, 403, 403, 421, 421,
    ]);
  });

  it("answers the health check under any host name, for load balancers", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await anonymous.request("/healthz", { headers: { Host: "10.0.0.5:3000" } });
    expect(response.status).toBe(200);
  });
});

describe("cross-site requests", () => {
  it("POST /api/permits refuses a cross-origin form post, signed in or not, and issues nothing", async () => {
    const { app, anonymous, journal } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const client of [app, anonymous]) {
      const response = await client.request("http://localhost/api/permits", {
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Origin: "https://evil.example",
          "Sec-Fetch-Site": "cross-site",
        },
        body: "plate=PL8RDR&zone=Lot+4",
      });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    }
    expect((await journal.list({ limit: 10 })).entries).toEqual([]);
  });

  it("POST /api/permits refuses JSON from another origin, signed in or not", async () => {
    const { app, anonymous, journal } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const client of [app, anonymous]) {
      const response = await postPermit(client, validDraft, { Origin: "https://evil.example" });
      expect(response.status).toBe(403);
    }
    expect((await journal.list({ limit: 10 })).entries).toEqual([]);
  });

  it("POST /api/session refuses a sign-in posted from another site", async () => {
    const { anonymous } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await anonymous.request("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" },
      body: JSON.stringify({ username: "desk.admin", password: "x" }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("a form post with a same-site origin but no JSON content type is refused with 415", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await app.request("/api/zones", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ name: "Lot 9" }),
    });
    expect(response.status).toBe(415);
  });
});
