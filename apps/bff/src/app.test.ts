import { describe, expect, it } from "vitest";
import { TEST_TOKEN, testApp } from "./testing/test-app.ts";

describe("app", () => {
  it("GET /api/config gives the browser the zones, currency and time zone, and nothing secret", async () => {
    const { app } = await testApp({
      baseUrl: "http://127.0.0.1:9",
      env: { VALIDITY_MAX_PAST_HOURS: "12", PERMIT_MAX_DAYS: "90" },
    });
    const response = await app.request("/api/config");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      demo: false,
      siteTimeZone: "America/Toronto",
      zones: ["Lot 4", "Lot 5"],
      defaultCurrency: "CAD",
      currencies: ["CAD", "USD"],
      opscomTimeoutMs: 1000,
      plateEntry: "single",
      undoSeconds: 10,
      changeWindowMinutes: 15,
      validityBounds: { maxPastHours: 12, maxAheadDays: 365, maxPermitDays: 90 },
    });
    expect(text).not.toContain(TEST_TOKEN);
  });

  it("answers an unknown API route with a JSON 404", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await app.request("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("sends a strict Content-Security-Policy and HSTS on every answer", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    for (const path of ["/healthz", "/api/config", "/api/nothing-here"]) {
      const response = await app.request(path);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    }
  });
});
