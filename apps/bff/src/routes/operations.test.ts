import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import {
  apiErrorSchema,
  operationsStatusSchema,
  opscomHealthSchema,
  permitPageSchema,
} from "@permit-desk/schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseDialect } from "../db/database.ts";
import { testDialects } from "../db/test-databases.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { changeSite, postChange } from "../testing/permit-changes.ts";
import { rawGet } from "../testing/raw-http.ts";
import { STAFF_USERNAME } from "../testing/staff-session.ts";
import {
  postPermit,
  TEST_TOKEN,
  type TestClient,
  testApp,
  validDraft,
} from "../testing/test-app.ts";

const METRICS_TOKEN = "metrics-token-Xy9-do-not-leak";
const bearer = { Authorization: `Bearer ${METRICS_TOKEN}` };

/** A series' value in Prometheus text, by its name and labels exactly as written; 0 when absent. */
function sampleOf(text: string, series: string): number {
  const line = text.split("\n").find((each) => each.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

async function metricsText(client: TestClient) {
  const response = await client.request("/metrics", { headers: bearer });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

describe("what operators watch", () => {
  let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
  beforeAll(async () => {
    simulator = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
  });
  beforeEach(() => {
    simulator.simulator.reset();
  });
  afterAll(async () => {
    await simulator.close();
  });

  const opsApp = (dialect: DatabaseDialect = "sqlite") =>
    testApp({
      baseUrl: simulator.url,
      env: { METRICS_TOKEN, OPSCOM_TIMEOUT_MS: "300" },
      dialect,
    });

  it.each(testDialects())(
    "GET /metrics counts a permit issued, one refused and one whose answer was lost, each under its outcome, code and zone, and times the three calls to OPSCOM (%s)",
    async (dialect) => {
      const { app } = await opsApp(dialect);
      expect((await postPermit(app, validDraft)).status).toBe(201);
      simulator.simulator.setBehaviour({ mode: "reject", errorCode: 9006, times: 1 });
      expect((await postPermit(app, { ...validDraft, zone: "Lot 5" })).status).toBe(422);
      simulator.simulator.setBehaviour({ mode: "hang", times: 1 });
      expect((await postPermit(app, validDraft)).status).toBe(504);

      const text = await metricsText(app);
      const permits = (labels: string) => sampleOf(text, `permit_desk_permits_total{${labels}}`);
      expect(permits('outcome="issued",opscom_error_code="",zone="Lot 4"')).toBe(1);
      expect(permits('outcome="rejected",opscom_error_code="9006",zone="Lot 5"')).toBe(1);
      expect(permits('outcome="unknown",opscom_error_code="",zone="Lot 4"')).toBe(1);
      const calls = (result: string) =>
        sampleOf(
          text,
          `permit_desk_opscom_call_duration_seconds_count{endpoint="push",result="${result}"}`,
        );
      expect([calls("success"), calls("rejected"), calls("unknown")]).toEqual([1, 1, 1]);
      expect(
        text
          .split("\n")
          .filter((line) => line.startsWith("permit_desk_opscom_call_duration_seconds_count"))
          .reduce((sum, line) => sum + Number(line.split(" ")[1]), 0),
      ).toBe(3);
      expect(sampleOf(text, "permit_desk_opscom_calls_in_flight")).toBe(0);
      expect(sampleOf(text, 'permit_desk_awaiting_finding{kind="permit"}')).toBe(1);
      expect(
        sampleOf(
          text,
          'permit_desk_http_request_duration_seconds_count{method="POST",route="/api/permits",status_class="5xx"}',
        ),
      ).toBe(1);
      expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    },
  );

  it("GET /metrics counts a void and a correction under their action, outcome and zone, and times them by OPSCOM's endpoint", async () => {
    const site = await changeSite(simulator.url, { env: { METRICS_TOKEN } });
    const voided = await site.issue(site.app, { zone: "Lot 5" });
    const corrected = await site.issue(site.app);
    expect(
      (await postChange(site.app, voided.journalId, { action: "void", reason: "Guest left" }))
        .status,
    ).toBe(201);
    simulator.simulator.setBehaviour({ mode: "reject", errorCode: 9009, times: 1 });
    const refused = await postChange(site.app, corrected.journalId, {
      action: "update",
      reason: "Longer stay",
      changes: { validUntil: "2026-07-02T18:00:00-04:00" },
    });
    expect(refused.status).toBe(422);

    const text = await metricsText(site.app);
    const changes = (labels: string) =>
      sampleOf(text, `permit_desk_permit_changes_total{${labels}}`);
    expect(changes('action="void",outcome="applied",opscom_error_code="",zone="Lot 5"')).toBe(1);
    expect(
      changes('action="update",outcome="rejected",opscom_error_code="9009",zone="Lot 4"'),
    ).toBe(1);
    const calls = (endpoint: string, result: string) =>
      sampleOf(
        text,
        `permit_desk_opscom_call_duration_seconds_count{endpoint="${endpoint}",result="${result}"}`,
      );
    expect([
      calls("push", "success"),
      calls("delete", "success"),
      calls("update", "rejected"),
    ]).toEqual([2, 1, 1]);
  });

  it("GET /metrics counts failed and throttled sign-ins, and never shows a plate, a username or a token", async () => {
    const { app, anonymous } = await opsApp();
    await postPermit(app, validDraft);
    const wrong = { username: "mallory.guessing", password: "not the password at all" };
    for (let attempt = 0; attempt < 5; attempt++) {
      await anonymous.request("/api/session", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(wrong),
      });
    }

    await app.request("/api/permits/journal-id-4f1c");

    const text = await metricsText(app);
    expect(sampleOf(text, "permit_desk_sign_in_failures_total")).toBe(4);
    expect(text).toContain('route="/api/permits/:id"');
    expect(text).not.toContain("journal-id-4f1c");
    expect(sampleOf(text, 'permit_desk_sign_ins_throttled_total{scope="username"}')).toBe(1);
    for (const secret of ["PL8RDR", "pl8 rdr", STAFF_USERNAME, wrong.username, TEST_TOKEN]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(METRICS_TOKEN);
  });

  it("GET /metrics still answers while the database does not, with OPSCOM's health and the process, leaving out only what it reads there", async () => {
    const { app, database } = await opsApp();
    await database.close();

    const text = await metricsText(app);

    expect(text).toMatch(/^permit_desk_opscom_failing 0$/m);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).not.toMatch(/^permit_desk_awaiting_finding\{/m);
  });

  it("GET /metrics is 401 without METRICS_TOKEN, or with another, once it is set", async () => {
    const { anonymous, logLines } = await opsApp();
    const without = await anonymous.request("/metrics");
    expect(without.status).toBe(401);
    expect(without.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(apiErrorSchema.parse(await without.json()).error.code).toBe("unauthenticated");
    const other = await anonymous.request("/metrics", {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}x` },
    });
    expect(other.status).toBe(401);
    expect((await anonymous.request("/metrics", { headers: bearer })).status).toBe(200);
    expect(logLines.join("\n")).not.toContain(METRICS_TOKEN);
  });

  it("GET /metrics without METRICS_TOKEN answers a request from this machine naming it by a loopback name only, not one a proxy passed on or a rebinding page sent", async () => {
    const { hono, anonymous } = await testApp({ baseUrl: simulator.url });
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: hono.fetch, port: 0, hostname: "127.0.0.1" }, () =>
        resolve(started),
      );
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
      expect((await fetch(url)).status).toBe(200);
      const proxied = await fetch(url, { headers: { "X-Forwarded-For": "203.0.113.9" } });
      expect(proxied.status).toBe(403);
      const port = (server.address() as AddressInfo).port;
      for (const host of [`localhost:${port}`, "127.0.0.1", `[::1]:${port}`]) {
        expect((await rawGet(port, "/metrics", { Host: host })).status).toBe(200);
      }
      // A proxy here passing the public host on, and a DNS-rebinding page in a browser here.
      for (const host of [
        "permits.example.com",
        `rebind.attacker.example:${port}`,
        "127.0.0.1.nip.io",
      ]) {
        expect((await rawGet(port, "/metrics", { Host: host })).status).toBe(403);
      }
      // No socket at all: nothing says the request came from this machine.
      expect((await anonymous.request("/metrics")).status).toBe(403);
    } finally {
      await new Promise((resolve) => {
        server.close(resolve);
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
    }
  });

  it.each(testDialects())(
    "GET /api/status/opscom turns failing after three failed calls in a row, names the first, and is ok again after a success (%s)",
    async (dialect) => {
      const { app, as, staffCookie } = await opsApp(dialect);
      const validator = as(await staffCookie({ role: "validator", zones: ["Lot 4"] }));
      const health = async () =>
        opscomHealthSchema.parse(await (await validator.request("/api/status/opscom")).json());

      simulator.simulator.setBehaviour({ mode: "html500", times: 3 });
      await postPermit(app, validDraft);
      await postPermit(app, validDraft);
      expect(await health()).toEqual({ state: "ok" });
      await postPermit(app, validDraft);
      const failing = await health();
      expect(failing).toMatchObject({ state: "failing", failures: 3 });

      const status = await app.request("/api/status");
      expect(status.status).toBe(200);
      const body = operationsStatusSchema.parse(await status.json());
      expect(body.opscom).toEqual(failing);
      expect(body.rule).toEqual({ failures: 3, windowMinutes: 10 });
      expect(body.recentFailures).toHaveLength(3);
      expect(body.recentFailures[0]).toMatchObject({
        endpoint: "push",
        result: "unknown",
        httpStatus: 500,
        detail: { code: "answer_not_json_object" },
      });
      expect(failing.state === "failing" && body.recentFailures[2]?.at).toBe(
        failing.state === "failing" && failing.since,
      );
      expect(body.awaitingFinding).toEqual({ permits: 3, changes: 0 });
      // A permit staff have looked up in OPSCOM no longer awaits a finding.
      const [unconfirmed] = permitPageSchema.parse(
        await (await app.request("/api/permits?awaitingFinding=true")).json(),
      ).permits;
      const found = await app.request(`/api/permits/${unconfirmed?.id}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "absent" }),
      });
      expect(found.status).toBe(201);
      const after = operationsStatusSchema.parse(await (await app.request("/api/status")).json());
      expect(after.awaitingFinding).toEqual({ permits: 2, changes: 0 });
      expect(JSON.stringify(body)).not.toMatch(/PL8RDR|desk\.admin|test-token/);
      expect((await validator.request("/api/status")).status).toBe(403);

      expect((await postPermit(app, validDraft)).status).toBe(201);
      expect(await health()).toEqual({ state: "ok" });
    },
  );

  it("GET /api/status/opscom stays ok while OPSCOM refuses a clerk's permits with an error status (500), as it may", async () => {
    const erring = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN], errorStatus: 500 });
    try {
      const { app } = await testApp({ baseUrl: erring.url });
      erring.simulator.setBehaviour({ mode: "reject", errorCode: 9006, times: 3 });
      for (let call = 0; call < 3; call++) {
        expect((await postPermit(app, validDraft)).status).toBe(422);
      }
      expect(
        opscomHealthSchema.parse(await (await app.request("/api/status/opscom")).json()),
      ).toEqual({ state: "ok" });
      const body = operationsStatusSchema.parse(await (await app.request("/api/status")).json());
      expect(body.recentFailures).toEqual([]);
    } finally {
      await erring.close();
    }
  });

  it("polling GET /api/status/opscom never keeps an idle session alive; any other request does", async () => {
    const time = manualClock();
    const { as, staffCookie } = await testApp({ baseUrl: simulator.url, clock: time.clock });
    const polling = as(await staffCookie({ role: "validator", zones: ["Lot 4"] }));
    const working = as(await staffCookie({ role: "validator", zones: ["Lot 4"] }));

    time.advance(29 * 60_000);
    expect((await polling.request("/api/status/opscom")).status).toBe(200);
    expect((await working.request("/api/config")).status).toBe(200);
    time.advance(2 * 60_000);

    expect((await polling.request("/api/status/opscom")).status).toBe(401);
    expect((await working.request("/api/status/opscom")).status).toBe(200);
  });
});
