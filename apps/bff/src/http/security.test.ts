import { describe, expect, it } from "vitest";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";

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
