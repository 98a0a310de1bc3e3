import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import { batchSchema, permitPageSchema } from "@permit-desk/schema";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { type BffProcess, exitOf, killHard, startBffProcess } from "./testing/bff-process.ts";
import { closedPort } from "./testing/recording-server.ts";
import { sendOverHttp, signInAsStaff } from "./testing/staff-session.ts";
import { draftStartingNow } from "./testing/test-app.ts";

const ROWS = 500;
/** OPSCOM stops answering after this many creates: the rows then in flight lose their answer. */
const ANSWERED_BEFORE_KILL = 200;
const CONCURRENCY = 4;
const TOKEN = "batch-crash-token";

const plateOf = (n: number) => `BATCH${String(n).padStart(3, "0")}`;

describe("a BFF killed while it sends a list", () => {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-batch-crash-"));
  const running: BffProcess[] = [];
  afterAll(async () => {
    for (const bff of running) await killHard(bff);
    rmSync(dir, { recursive: true, force: true });
  });

  it("resumes after a restart from the first row not yet sent: OPSCOM holds each sent row once, and the rows whose answer was lost are unknown, listed for a finding", async () => {
    let creates = 0;
    const opscom = await startSimulatorServer({
      port: 0,
      tokens: [TOKEN],
      onRequest: (request) => {
        if (request.route !== "push") return;
        creates++;
        // From here on OPSCOM makes the permit but its answer never comes back.
        if (creates === ANSWERED_BEFORE_KILL) {
          opscom.simulator.setBehaviour({ mode: "hang", createsPermit: true, routes: ["push"] });
        }
      },
    });
    const env = {
      DATABASE_URL: join(dir, "journal.sqlite"),
      OPSCOM_API_TOKEN: TOKEN,
      OPSCOM_BASE_URL: opscom.url,
      OPSCOM_TIMEOUT_MS: "60000",
      OPSCOM_MAX_CONCURRENCY: String(CONCURRENCY),
      ZONES: "Lot 4",
      LOG_LEVEL: "warn",
    };
    const port = await closedPort();
    const { plate: _plate, ...values } = draftStartingNow();

    const first = await startBffProcess(env, port);
    running.push(first);
    const send = sendOverHttp(first.url);
    const staff = await signInAsStaff(send);
    const json = { ...staff, "Content-Type": "application/json" };
    const created = await send("/api/batches", {
      method: "POST",
      headers: json,
      body: JSON.stringify({
        values,
        rows: Array.from({ length: ROWS }, (_, n) => ({ plate: plateOf(n) })),
      }),
    });
    expect(created.status).toBe(201);
    const { id } = batchSchema.parse(await created.json());
    const started = await send(`/api/batches/${id}/state`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ state: "running" }),
    });
    expect(started.status).toBe(200);

    // Every row OPSCOM is working on is waiting for its answer: the server dies there.
    await expect
      .poll(() => opscom.simulator.heldRequestCount(), { timeout: 30_000 })
      .toBe(CONCURRENCY);
    const inFlight = CONCURRENCY;
    await killHard(first);
    opscom.simulator.setBehaviour({ mode: "normal" });
    opscom.simulator.releaseHeldRequests();
    const sentBeforeKill = creates;
    expect(sentBeforeKill).toBeLessThan(ROWS);

    const second = await startBffProcess(env, port);
    running.push(second);
    const sendAgain = sendOverHttp(second.url);
    const staffAgain = await signInAsStaff(sendAgain);
    const progress = async () =>
      batchSchema.parse(
        await (await sendAgain(`/api/batches/${id}`, { headers: staffAgain })).json(),
      );
    await expect.poll(async () => (await progress()).state, { timeout: 60_000 }).toBe("done");

    // No row reached OPSCOM twice, and OPSCOM holds every row once.
    const pushed = opscom.simulator.state
      .requests()
      .filter((request) => request.route === "push")
      .map((request) => (request.body as { LicencePlate?: string }).LicencePlate);
    expect(pushed).toHaveLength(ROWS);
    expect(new Set(pushed).size).toBe(ROWS);
    const held = opscom.simulator.state.permits().map((permit) => permit.body.LicencePlate);
    expect(held.sort()).toEqual(Array.from({ length: ROWS }, (_, n) => plateOf(n)));

    const done = await progress();
    expect(done).toMatchObject({
      rows: ROWS,
      sent: ROWS,
      issued: ROWS - inFlight,
      unknown: inFlight,
      waiting: 0,
    });
    const unconfirmed = permitPageSchema.parse(
      await (await sendAgain("/api/permits?state=unknown", { headers: staffAgain })).json(),
    );
    expect(unconfirmed.permits).toHaveLength(inFlight);

    const csv = await sendAgain(`/api/batches/${id}/result.csv`, { headers: staffAgain });
    const rows: Array<Record<string, string>> = parse(await csv.text(), { columns: true });
    expect(
      rows
        .filter((row) => row.outcome === "unknown")
        .map((row) => row.plate)
        .sort(),
    ).toEqual(unconfirmed.permits.map((permit) => permit.plate).sort());
    expect(rows.filter((row) => row.outcome === "issued")).toHaveLength(ROWS - inFlight);

    await killHard(second);
    await opscom.close();
  }, 120_000);

  it("on SIGTERM finishes the rows it is sending and journals them, and the next start sends the rest", async () => {
    const rows = 100;
    let creates = 0;
    const opscom = await startSimulatorServer({
      port: 0,
      tokens: [TOKEN],
      onRequest: (request) => {
        if (request.route === "push") creates++;
      },
    });
    // Each answer takes a moment, so that rows are with OPSCOM when the server is told to stop.
    opscom.simulator.setBehaviour({ mode: "slow", delayMs: 300, routes: ["push"] });
    const env = {
      DATABASE_URL: join(dir, "drain.sqlite"),
      OPSCOM_API_TOKEN: TOKEN,
      OPSCOM_BASE_URL: opscom.url,
      OPSCOM_MAX_CONCURRENCY: String(CONCURRENCY),
      ZONES: "Lot 4",
      LOG_LEVEL: "warn",
    };
    const port = await closedPort();
    const { plate: _plate, ...values } = draftStartingNow();
    const first = await startBffProcess(env, port);
    running.push(first);
    const send = sendOverHttp(first.url);
    const json = { ...(await signInAsStaff(send)), "Content-Type": "application/json" };
    const created = await send("/api/batches", {
      method: "POST",
      headers: json,
      body: JSON.stringify({
        values,
        rows: Array.from({ length: rows }, (_, n) => ({ plate: `DRAIN${n}` })),
      }),
    });
    const { id } = batchSchema.parse(await created.json());
    await send(`/api/batches/${id}/state`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ state: "running" }),
    });
    await expect.poll(() => creates, { timeout: 30_000 }).toBeGreaterThanOrEqual(CONCURRENCY * 2);
    first.child.kill("SIGTERM");
    expect(await exitOf(first)).toEqual({ code: 0, signal: null });
    const sentBeforeStop = creates;
    expect(sentBeforeStop).toBeLessThan(rows);
    // Every row sent had its answer: OPSCOM holds exactly those.
    expect(opscom.simulator.state.permits()).toHaveLength(sentBeforeStop);

    opscom.simulator.setBehaviour({ mode: "normal" });
    const second = await startBffProcess(env, port);
    running.push(second);
    const sendAgain = sendOverHttp(second.url);
    const staffAgain = await signInAsStaff(sendAgain);
    const progress = async () =>
      batchSchema.parse(
        await (await sendAgain(`/api/batches/${id}`, { headers: staffAgain })).json(),
      );
    await expect.poll(async () => (await progress()).state, { timeout: 60_000 }).toBe("done");
    expect(await progress()).toMatchObject({ issued: rows, unknown: 0, waiting: 0 });
    expect(creates).toBe(rows);
    await killHard(second);
    await opscom.close();
  }, 120_000);
});
