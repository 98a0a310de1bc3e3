import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_OPSCOM_BASE_URL, DEMO_ZONES, loadConfig } from "./config.ts";

function failureOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("loadConfig accepted the environment");
}

describe("loadConfig", () => {
  it("reads METRICS_TOKEN, and stops on one too short or with spaces, naming it", () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    const token = "0123456789abcdef0123";
    expect(loadConfig({ METRICS_TOKEN: token }).metricsToken).toBe(token);
    for (const bad of ["short", "sixteen chars but spaced"]) {
      const failure = failureOf({ METRICS_TOKEN: bad });
      expect(failure.variable).toBe("METRICS_TOKEN");
      expect(failure.message).not.toContain(bad);
    }
  });

  it("judges OPSCOM failing after 3 failed calls within 10 minutes unless told otherwise", () => {
    expect(loadConfig({}).opscomHealth).toEqual({ failures: 3, windowMs: 600_000 });
    expect(
      loadConfig({ OPSCOM_HEALTH_FAILURES: "5", OPSCOM_HEALTH_MINUTES: "2" }).opscomHealth,
    ).toEqual({ failures: 5, windowMs: 120_000 });
    expect(failureOf({ OPSCOM_HEALTH_FAILURES: "0" }).variable).toBe("OPSCOM_HEALTH_FAILURES");
    expect(failureOf({ OPSCOM_HEALTH_MINUTES: "1441" }).variable).toBe("OPSCOM_HEALTH_MINUTES");
  });

  it("trusts no proxy unless TRUST_PROXY names addresses or blocks", () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8,::1" }).trustProxy).toEqual([
      { address: "127.0.0.1", prefix: 32, family: "ipv4" },
      { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      { address: "::1", prefix: 128, family: "ipv6" },
    ]);
  });

  it("runs in demo mode with the published defaults when no token is set", () => {
    const config = loadConfig({});
    expect(config.demo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.opscom.baseUrl).toBe(DEFAULT_OPSCOM_BASE_URL);
    expect(config.opscom.clientCode).toBe("OC-TOMA");
    expect(config.opscom.timeBasis).toBe("utc");
    expect(config.defaultCurrency).toBe("CAD");
    expect(config.zones).toEqual(DEMO_ZONES);
  });

  it("goes live with a token, and reads every variable", () => {
    const config = loadConfig({
      OPSCOM_API_TOKEN: "abc-123",
      OPSCOM_BASE_URL: "http://127.0.0.1:4010/",
      OPSCOM_CLIENT_CODE: "OC_TOMA",
      OPSCOM_TIME_BASIS: "local",
      OPSCOM_TIMEOUT_MS: "2500",
      SITE_TIME_ZONE: "America/Vancouver",
      DEFAULT_CURRENCY: "usd",
      ZONES: " Lot 4, Lot 5 ,,Lot 4",
      PORT: "8080",
    });
    expect(config.demo).toBe(false);
    expect(config.opscom).toMatchObject({
      apiToken: "abc-123",
      baseUrl: "http://127.0.0.1:4010",
      clientCode: "OC_TOMA",
      timeBasis: "local",
      timeoutMs: 2500,
    });
    expect(config.siteTimeZone).toBe("America/Vancouver");
    expect(config.defaultCurrency).toBe("USD");
    expect(config.zones).toEqual(["Lot 4", "Lot 5"]);
    expect(config.port).toBe(8080);
  });

  it("offers similar plates from the last 30 days and takes each plate once, unless told otherwise", () => {
    expect(loadConfig({})).toMatchObject({ similarPlateDays: 30, plateEntry: "single" });
    expect(loadConfig({ SIMILAR_PLATE_DAYS: "365", PLATE_ENTRY: "twice" })).toMatchObject({
      similarPlateDays: 365,
      plateEntry: "twice",
    });
  });

  it("lets validators change their permits until 15 minutes after the start and offers Undo for 10 seconds, unless told otherwise", () => {
    expect(loadConfig({})).toMatchObject({ changeWindowMinutes: 15, undoSeconds: 10 });
    expect(loadConfig({ CHANGE_WINDOW_MINUTES: "0", UNDO_SECONDS: "0" })).toMatchObject({
      changeWindowMinutes: 0,
      undoSeconds: 0,
    });
    expect(loadConfig({ CHANGE_WINDOW_MINUTES: "1440", UNDO_SECONDS: "120" })).toMatchObject({
      changeWindowMinutes: 1440,
      undoSeconds: 120,
    });
  });

  it("gives each server a 30-second lease in the database unless told otherwise, and refuses one too short to renew", () => {
    expect(loadConfig({}).instanceLeaseMs).toBe(30_000);
    expect(loadConfig({ INSTANCE_LEASE_SECONDS: "120" }).instanceLeaseMs).toBe(120_000);
    for (const seconds of ["2", "601", "30s"]) {
      expect(failureOf({ INSTANCE_LEASE_SECONDS: seconds }).variable).toBe(
        "INSTANCE_LEASE_SECONDS",
      );
    }
  });

  it("bounds a permit to a start from a day ago to a year ahead and 30 days long, unless told otherwise", () => {
    expect(loadConfig({}).validityBounds).toEqual({
      maxPastHours: 24,
      maxAheadDays: 365,
      maxPermitDays: 30,
    });
    expect(
      loadConfig({
        VALIDITY_MAX_PAST_HOURS: "72",
        VALIDITY_MAX_AHEAD_DAYS: "30",
        PERMIT_MAX_DAYS: "365",
      }).validityBounds,
    ).toEqual({ maxPastHours: 72, maxAheadDays: 30, maxPermitDays: 365 });
  });

  it("listens on loopback without PUBLIC_ORIGIN, elsewhere only with it", () => {
    expect(loadConfig({ HOST: "localhost" }).host).toBe("localhost");
    expect(loadConfig({ HOST: "::1" }).host).toBe("::1");
    expect(
      loadConfig({ HOST: "0.0.0.0", PUBLIC_ORIGIN: "https://permits.example.com" }),
    ).toMatchObject({ host: "0.0.0.0", publicOrigin: "https://permits.example.com" });
    const error = failureOf({ HOST: "0.0.0.0" });
    expect(error.variable).toBe("PUBLIC_ORIGIN");
    expect(error.message).toContain('HOST is "0.0.0.0"');
  });

  it.each([
    [{ HOST: "0.0.0.0" }, "PUBLIC_ORIGIN"],
    [{ HOST: "::" }, "PUBLIC_ORIGIN"],
    [{ HOST: "192.168.1.20" }, "PUBLIC_ORIGIN"],
    [{ HOST: "permits.example.com" }, "PUBLIC_ORIGIN"],
    [{ VALIDITY_MAX_PAST_HOURS: "0" }, "VALIDITY_MAX_PAST_HOURS"],
    [{ VALIDITY_MAX_PAST_HOURS: "24h" }, "VALIDITY_MAX_PAST_HOURS"],
    [{ VALIDITY_MAX_AHEAD_DAYS: "3661" }, "VALIDITY_MAX_AHEAD_DAYS"],
    [{ PERMIT_MAX_DAYS: "0" }, "PERMIT_MAX_DAYS"],
    [{ PERMIT_MAX_DAYS: "-30" }, "PERMIT_MAX_DAYS"],
    [{ UNDO_SECONDS: "121" }, "UNDO_SECONDS"],
    [{ UNDO_SECONDS: "5s" }, "UNDO_SECONDS"],
    [{ CHANGE_WINDOW_MINUTES: "1441" }, "CHANGE_WINDOW_MINUTES"],
    [{ CHANGE_WINDOW_MINUTES: "-1" }, "CHANGE_WINDOW_MINUTES"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "3k" }, "PORT"],
    [{ OPSCOM_API_TOKEN: "has spaces in it" }, "OPSCOM_API_TOKEN"],
    [{ OPSCOM_API_TOKEN: "a".repeat(51) }, "OPSCOM_API_TOKEN"],
    [{ OPSCOM_BASE_URL: "controller.example" }, "OPSCOM_BASE_URL"],
    [{ OPSCOM_BASE_URL: "ftp://controller.example" }, "OPSCOM_BASE_URL"],
    [{ OPSCOM_CLIENT_CODE: "OC/TOMA" }, "OPSCOM_CLIENT_CODE"],
    [{ OPSCOM_TIME_BASIS: "gmt" }, "OPSCOM_TIME_BASIS"],
    [{ OPSCOM_TIME_BASIS: "local" }, "SITE_TIME_ZONE"],
    [{ OPSCOM_TIMEOUT_MS: "10" }, "OPSCOM_TIMEOUT_MS"],
    [{ SITE_TIME_ZONE: "Mars/Olympus" }, "SITE_TIME_ZONE"],
    [{ SITE_TIME_ZONE: "EST" }, "SITE_TIME_ZONE"],
    [{ DEFAULT_CURRENCY: "dollars" }, "DEFAULT_CURRENCY"],
    [{ OPSCOM_API_TOKEN: "abc" }, "ZONES"],
    [{ ZONES: "x".repeat(201) }, "ZONES"],
    [{ ZONES: "Lot 4,Lot\u200b5" }, "ZONES"],
    [{ ZONES: "Lot 4,L\u043et 5" }, "ZONES"],
    [{ ZONES: "Lot\u00a04" }, "ZONES"],
    [{ ZONES: "Lot 4,lot 4" }, "ZONES"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ PUBLIC_ORIGIN: "permits.example.com" }, "PUBLIC_ORIGIN"],
    [{ PUBLIC_ORIGIN: "https://permits.example.com/desk" }, "PUBLIC_ORIGIN"],
    [{ SIMILAR_PLATE_DAYS: "0" }, "SIMILAR_PLATE_DAYS"],
    [{ SIMILAR_PLATE_DAYS: "366" }, "SIMILAR_PLATE_DAYS"],
    [{ PLATE_ENTRY: "thrice" }, "PLATE_ENTRY"],
    [{ TRUST_PROXY: "proxy.internal" }, "TRUST_PROXY"],
    [{ TRUST_PROXY: "10.0.0.0/33" }, "TRUST_PROXY"],
  ])("stops with a message naming the variable on %o", (env, variable) => {
    const error = failureOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message.startsWith(`${variable}: `)).toBe(true);
  });
});

describe("ZONES", () => {
  it("says which name breaks the zone name rule, and where", () => {
    expect(() => loadConfig({ ZONES: "Lot 4,Lot\u200b5" })).toThrow(
      'ZONES: "Lot\u200b5": A zone name cannot contain an invisible character (U+200B at position 4).',
    );
    expect(() => loadConfig({ ZONES: "Lot 4,LOT 4" })).toThrow(
      'ZONES: "Lot 4" and "LOT 4" differ only in capitals: they are one zone.',
    );
  });

  it("keeps each name in NFC, as the Zones page stores it", () => {
    expect(loadConfig({ ZONES: "Cafe\u0301,Lot 4" }).zones).toEqual(["Caf\u00e9", "Lot 4"]);
  });
});
