import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import { apiErrorSchema, issuedPermitSchema, permitRecordSchema } from "@permit-desk/schema";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "./db/test-databases.ts";
import { testJournal } from "./journal/test-entries.ts";
import { type BffProcess, clockAhead, killHard, startBffProcess } from "./testing/bff-process.ts";
import { closedPort } from "./testing/recording-server.ts";
import { sendOverHttp, signInAsStaff } from "./testing/staff-session.ts";
import { draftStartingNow } from "./testing/test-app.ts";

const TOKEN = "two-servers-token";
const LEASE_SECONDS = 3;
/** OPSCOM's delay: longer than a server takes to be killed, restarted and to sweep twice, on a busy machine. */
const OPSCOM_DELAY_MS = 15_000;

const plate = (phase: string, n: number) => `${phase}${n}TWO`;

// Several servers share a database only on PostgreSQL (SQLite serves one process), so this runs
// when TEST_DATABASE_URL names one.
describe.runIf(testDialects().includes("postgres"))(
  "two servers on one PostgreSQL, one with a shorter OPSCOM deadline and one whose clock runs a minute ahead",
  () => {
    const running: BffProcess[] = [];
    let database: TestDatabase | undefined;
    let opscom: Awaited<ReturnType<typeof startSimulatorServer>> | undefined;
    afterAll(async () => {
      for (const bff of running) await killHard(bff);
      await opscom?.close();
      await database?.drop();
    });

    it("never calls the other's live permits interrupted, whichever is killed and restarted; after a pause longer than its lease, OPSCOM's late answer wins and its key replays the issued permit", async () => {
      database = await createTestDatabase("postgres");
      const simulator = await startSimulatorServer({ port: 0, tokens: [TOKEN] });
      opscom = simulator;
      const slowly = (times: number) =>
        simulator.simulator.setBehaviour({ mode: "slow", delayMs: OPSCOM_DELAY_MS, times });
      const common = {
        DATABASE_URL: database.url,
        OPSCOM_API_TOKEN: TOKEN,
        OPSCOM_BASE_URL: simulator.url,
        ZONES: "Lot 4",
        SITE_TIME_ZONE: "America/Toronto",
        INSTANCE_LEASE_SECONDS: String(LEASE_SECONDS),
        LOG_LEVEL: "info",
      };
      type Server = { env: Record<string, string>; preload: string[] };
      const shortDeadline: Server = { env: { ...common, OPSCOM_TIMEOUT_MS: "20000" }, preload: [] };
      const clockAheadBy: Server = {
        env: { ...common, OPSCOM_TIMEOUT_MS: "25000" },
        preload: [clockAhead(60_000)],
      };
      const [shortPort, aheadPort] = [await closedPort(), await closedPort()];
      const start = async (server: Server, port: number) => {
        const bff = await startBffProcess(server.env, port, { preload: server.preload });
        running.push(bff);
        return bff;
      };
      let short = await start(shortDeadline, shortPort);
      let ahead = await start(clockAheadBy, aheadPort);
      const staff = await signInAsStaff(sendOverHttp(short.url));
      const submit = (bff: BffProcess, body: object, key: string) =>
        fetch(`${bff.url}/api/permits`, {
          method: "POST",
          headers: { ...staff, "Content-Type": "application/json", "Idempotency-Key": key },
          body: JSON.stringify(body),
        });
      const journal = testJournal(database.db, { clock: () => new Date() });
      const entryOf = async (key: string) => {
        const entry = await journal.byIdempotencyKey("desk.admin", key);
        if (entry === undefined) throw new Error(`No entry under ${key}`);
        return entry;
      };
      const recoveries = (bff: BffProcess) =>
        bff
          .output()
          .split("\n")
          .filter((line) => line.includes('"journal.recovered"'));

      /** Three permits through `sender`, then the other one killed and restarted meanwhile. */
      const restartMeanwhile = async (
        phase: string,
        sender: BffProcess,
        restart: () => Promise<BffProcess>,
      ) => {
        slowly(3);
        const keys = [1, 2, 3].map((n) => `${phase}-${n}-${crypto.randomUUID()}`);
        const answers = keys.map((key, n) =>
          submit(sender, { ...draftStartingNow(), plate: plate(phase, n) }, key),
        );
        await expect
          .poll(() => simulator.simulator.heldRequestCount(), { timeout: 15_000 })
          .toBe(3);
        const restarted = await restart();
        // Its start-up recovery has run; let its periodic one run too, twice, before OPSCOM answers.
        await new Promise((resolve) => setTimeout(resolve, 2 * 1_000));
        for (const key of keys) expect((await entryOf(key)).state).toBe("pending");
        for (const answer of await Promise.all(answers)) expect(answer.status).toBe(201);
        for (const key of keys) {
          const entry = await entryOf(key);
          expect(entry.state).toBe("issued");
          expect(entry.recoveredAt).toBeUndefined();
        }
        expect(recoveries(restarted)).toEqual([]);
        return restarted;
      };

      // The clock-ahead server, restarted while the short-deadline one waits on OPSCOM.
      ahead = await restartMeanwhile("A", short, async () => {
        await killHard(ahead);
        return start(clockAheadBy, aheadPort);
      });
      // The short-deadline server, restarted while the clock-ahead one waits.
      short = await restartMeanwhile("B", ahead, async () => {
        await killHard(short);
        return start(shortDeadline, shortPort);
      });

      // A pause longer than the lease: the other server calls the permit interrupted.
      slowly(1);
      const key = `late-${crypto.randomUUID()}`;
      const draft = { ...draftStartingNow(), plate: "LATE1" };
      const lateAnswer = submit(short, draft, key);
      await expect.poll(() => simulator.simulator.heldRequestCount(), { timeout: 15_000 }).toBe(1);
      short.child.kill("SIGSTOP");
      try {
        await expect
          .poll(async () => (await entryOf(key)).state, { timeout: (LEASE_SECONDS + 3) * 1_000 })
          .toBe("unknown");
        const retry = await submit(ahead, draft, key);
        expect(retry.status).toBe(502);
        const { journalId } = apiErrorSchema.parse(await retry.json()).error;
        const finding = await fetch(`${ahead.url}/api/permits/${journalId}/reconciliations`, {
          method: "POST",
          headers: { ...staff, "Content-Type": "application/json" },
          body: JSON.stringify({ finding: "absent", note: "Not in OPSCOM yet" }),
        });
        expect(finding.status).toBe(201);
      } finally {
        short.child.kill("SIGCONT");
      }

      const answered = await lateAnswer;
      expect(answered.status).toBe(201);
      const issued = issuedPermitSchema.parse(await answered.json());
      for (const bff of [ahead, short]) {
        const replay = await submit(bff, draft, key);
        expect(replay.status).toBe(201);
        expect(issuedPermitSchema.parse(await replay.json())).toEqual(issued);
      }
      const record = permitRecordSchema.parse(
        await (
          await fetch(`${ahead.url}/api/permits/${issued.journalId}`, { headers: staff })
        ).json(),
      );
      expect(record).toMatchObject({ state: "issued", referenceId: issued.referenceId });
      expect(record.reconciliations).toEqual([
        expect.objectContaining({ finding: "absent", supersededAt: record.completedAt }),
      ]);
      expect(short.output()).toContain('"lease.lapsed"');
      expect(recoveries(ahead)).toHaveLength(1);
    }, 180_000);
  },
);
