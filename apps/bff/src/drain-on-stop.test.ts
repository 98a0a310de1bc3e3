import { connect } from "node:net";
import { apiErrorSchema, issuedPermitSchema, readinessSchema } from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { testDialects } from "./db/test-databases.ts";
import { createJournal } from "./journal/journal.ts";
import type { JournalEntry } from "./journal/journal-entry.ts";
import { REPEAT_SIGNAL_WINDOW_MS } from "./shutdown.ts";
import { exitOf, killHard, startBffProcess } from "./testing/bff-process.ts";
import { loadDatabase } from "./testing/issue-load.ts";
import { closedPort } from "./testing/recording-server.ts";
import { type SimulatorProcess, startSimulatorProcess } from "./testing/simulator-process.ts";
import { sendOverHttp, signInAsStaff } from "./testing/staff-session.ts";
import { draftStartingNow } from "./testing/test-app.ts";

const TOKEN = "drain-test-token";
const CLERKS = 10;
const OPSCOM_DELAY_MS = 7_000;

const simulatedPermitsSchema = z.object({
  permits: z.array(
    z.object({ referenceId: z.string(), body: z.object({ LicencePlate: z.string() }) }),
  ),
});
const logLineSchema = z.looseObject({ event: z.optional(z.string()) });

const plateOf = (n: number) => `DRAIN${String(n).padStart(2, "0")}`;

type Answer = { status: number; body: unknown; headers: Headers };

function submit(url: string, staff: Record<string, string>, plate: string): Promise<Answer> {
  return fetch(`${url}/api/permits`, {
    method: "POST",
    headers: {
      ...staff,
      "Content-Type": "application/json",
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: JSON.stringify({ ...draftStartingNow(), plate }),
  }).then(async (response) => ({
    status: response.status,
    body: await response.json(),
    headers: response.headers,
  }));
}

async function readiness(url: string) {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: readinessSchema.parse(await response.json()) };
}

/** The server's JSON log lines carrying `event`. */
function logEvents(output: string, event: string) {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => logLineSchema.parse(JSON.parse(line)))
    .filter((line) => line.event === event);
}

async function slowSimulator(delayMs: number): Promise<SimulatorProcess> {
  const simulator = await startSimulatorProcess([TOKEN]);
  const response = await fetch(`${simulator.url}/__simulator/behaviour`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ mode: "slow", delayMs }),
  });
  if (!response.ok) throw new Error(`The simulator refused to be slow: ${await response.text()}`);
  return simulator;
}

describe.each(testDialects())("a BFF stopped by a signal on %s", (dialect) => {
  const cleanUps: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });

  async function startStack() {
    const simulator = await slowSimulator(OPSCOM_DELAY_MS);
    cleanUps.push(() => simulator.stop());
    const postgresUrl = dialect === "postgres" ? process.env.TEST_DATABASE_URL : undefined;
    const database = await loadDatabase(postgresUrl);
    cleanUps.push(() => database.drop());
    const bff = await startBffProcess(
      {
        DATABASE_URL: database.url,
        OPSCOM_API_TOKEN: TOKEN,
        OPSCOM_BASE_URL: simulator.url,
        OPSCOM_TIMEOUT_MS: "15000",
        ZONES: "Lot 4",
        LOG_LEVEL: "info",
      },
      await closedPort(),
    );
    cleanUps.push(() => killHard(bff));
    return { simulator, database, bff };
  }

  async function journalOf(database: Awaited<ReturnType<typeof loadDatabase>>) {
    const handle = database.open();
    try {
      const journal = createJournal(handle.db, { clock: () => new Date() });
      const entries: JournalEntry[] = [];
      for await (const entry of journal.iterate({}, 100)) entries.push(entry);
      return entries;
    } finally {
      await handle.close();
    }
  }

  it("answers the 10 permits in flight with their reference, journals them issued, refuses new requests with 503 and exits 0 by itself", async () => {
    const { simulator, database, bff } = await startStack();
    const clerks: Record<string, string>[] = [];
    for (let n = 0; n < CLERKS; n++) clerks.push(await signInAsStaff(sendOverHttp(bff.url)));
    expect(await readiness(bff.url)).toEqual({ status: 200, body: { status: "ready" } });

    const answers = clerks.map((staff, n) => submit(bff.url, staff, plateOf(n)));
    await expect.poll(() => simulator.permitCount(), { timeout: 10_000 }).toBe(CLERKS);
    const exited = exitOf(bff);
    const signalledAt = Date.now();
    bff.child.kill("SIGTERM");

    await expect.poll(async () => (await readiness(bff.url)).status).toBe(503);
    expect((await readiness(bff.url)).body.status).toBe("draining");
    const late = await submit(bff.url, clerks[0] ?? {}, "LATE01");
    expect(late.status).toBe(503);
    expect(late.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(apiErrorSchema.parse(late.body).error.code).toBe("draining");

    const settled = await Promise.all(answers);
    const { permits } = simulatedPermitsSchema.parse(
      await (await fetch(`${simulator.url}/__simulator/permits`)).json(),
    );
    const referenceOf = (plate: string) =>
      permits.find((permit) => permit.body.LicencePlate === plate)?.referenceId;
    for (const [n, answer] of settled.entries()) {
      expect(answer.status, `clerk ${n}`).toBe(201);
      const permit = issuedPermitSchema.parse(answer.body);
      expect(permit.referenceId).toBe(referenceOf(plateOf(n)));
    }

    expect(await exited).toEqual({ code: 0, signal: null });
    // OPSCOM's 7 s, not its 15 s timeout: the server stops as soon as the last request is done.
    expect(Date.now() - signalledAt).toBeLessThan(OPSCOM_DELAY_MS + 4_000);
    const [drained] = logEvents(bff.output(), "server.drained");
    expect(drained).toMatchObject({ inFlight: CLERKS, drained: CLERKS, cutOff: 0 });
    expect(drained?.refused).toBeGreaterThanOrEqual(1);

    const entries = await journalOf(database);
    expect(entries).toHaveLength(CLERKS);
    for (const [n, answer] of settled.entries()) {
      const entry = entries.find((candidate) => candidate.plate === plateOf(n));
      expect(entry, `clerk ${n}`).toMatchObject({
        state: "issued",
        referenceId: issuedPermitSchema.parse(answer.body).referenceId,
      });
    }
    expect(await simulator.permitCount()).toBe(CLERKS);
  }, 60_000);

  it("does not wait for a client still sending its request's body: it is dropped within a second, and the stop exits 0", async () => {
    const { bff } = await startStack();
    const { port } = new URL(bff.url);
    const socket = connect(Number(port), "127.0.0.1");
    const closed = new Promise<string>((resolve) => {
      let received = "";
      socket.on("data", (chunk: Buffer) => {
        received += chunk.toString("utf8");
      });
      socket.on("close", () => resolve(received));
    });
    // A sign-in whose body stalls after a few bytes, then trickles a byte every half second.
    socket.write(
      `POST /api/session HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"user`,
    );
    const trickle = setInterval(() => socket.write(" "), 500);
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const exited = exitOf(bff);
      const signalledAt = Date.now();
      bff.child.kill("SIGTERM");

      expect(await exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - signalledAt).toBeLessThan(5_000);
      expect(await closed).toMatch(/^HTTP\/1\.1 408/);
      const [drained] = logEvents(bff.output(), "server.drained");
      expect(drained).toMatchObject({ inFlight: 1, cutOff: 0 });
    } finally {
      clearInterval(trickle);
      socket.destroy();
    }
  }, 60_000);

  it("takes a repeat within a second as the same signal, and stops at once on a second one later, saying so", async () => {
    const { simulator, bff } = await startStack();
    const staff = await signInAsStaff(sendOverHttp(bff.url));
    const answer = submit(bff.url, staff, plateOf(0)).catch((error: unknown) => error);
    await expect.poll(() => simulator.permitCount(), { timeout: 10_000 }).toBe(1);
    const exited = exitOf(bff);

    bff.child.kill("SIGTERM");
    bff.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, REPEAT_SIGNAL_WINDOW_MS + 200));
    expect(bff.child.exitCode).toBeNull();
    expect((await readiness(bff.url)).status).toBe(503);

    const secondAt = Date.now();
    bff.child.kill("SIGTERM");
    expect(await exited).toEqual({ code: 143, signal: null });
    expect(Date.now() - secondAt).toBeLessThan(1_000);
    expect(await answer).toBeInstanceOf(Error);
    expect(logEvents(bff.output(), "server.stopped_at_once")).toEqual([
      expect.objectContaining({ signal: "SIGTERM", inFlight: 1, code: 143 }),
    ]);
  }, 60_000);
});
