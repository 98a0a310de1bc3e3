import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { apiErrorSchema, issuedPermitSchema } from "@permit-desk/schema";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./db/open-database.ts";
import { createJournal } from "./journal/journal.ts";
import { type BffProcess, killHard, startBffProcess } from "./testing/bff-process.ts";
import { answerJson, closedPort, startRecordingServer } from "./testing/recording-server.ts";
import { type SendToBff, sendOverHttp, signInAsStaff } from "./testing/staff-session.ts";
import { draftStartingNow } from "./testing/test-app.ts";

const SUBMISSIONS = 50;

/** Submission n: its own plate, so that OPSCOM's requests can be told apart, and its own key. */
const plateOf = (n: number) => `CRASH${String(n).padStart(2, "0")}`;
const keyOf = (n: number) => `crash-many-${String(n).padStart(2, "0")}-${crypto.randomUUID()}`;
const startingNow = draftStartingNow();
const draftOf = (n: number) => ({ ...startingNow, plate: plateOf(n) });

/** OPSCOM answers a third of the creates, refuses a third, and is still working on the rest. */
const fateOf = (n: number) => (["issued", "rejected", "held"] as const)[n % 3] ?? "held";

function submit(send: SendToBff, staff: Record<string, string>, n: number, key: string) {
  return send("/api/permits", {
    method: "POST",
    headers: { ...staff, "Content-Type": "application/json", "Idempotency-Key": key },
    body: JSON.stringify(draftOf(n)),
  });
}

describe("a BFF killed with 50 permits in flight", () => {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-crash-many-"));
  const running: BffProcess[] = [];
  afterAll(async () => {
    for (const bff of running) await killHard(bff);
    rmSync(dir, { recursive: true, force: true });
  });

  it("has every submission in the journal as issued, rejected or unknown after a restart, and sends none twice", async () => {
    const opscom = await startRecordingServer((request, response) => {
      const plate = /"LicencePlate":"CRASH(\d+)"/.exec(request.body)?.[1];
      const fate = fateOf(Number(plate));
      if (fate === "issued")
        answerJson(response, 200, { status: "success", reference_id: `ref-${plate}` });
      if (fate === "rejected")
        answerJson(response, 200, { ErrorCode: 9033, ErrorMessage: "zone is not valid." });
    });
    const databaseFile = join(dir, "journal.sqlite");
    const env = {
      DATABASE_URL: databaseFile,
      OPSCOM_API_TOKEN: "crash-many-token",
      OPSCOM_BASE_URL: opscom.url,
      OPSCOM_TIMEOUT_MS: "60000",
      ZONES: "Lot 4",
      LOG_LEVEL: "warn",
    };
    const port = await closedPort();
    const keys = Array.from({ length: SUBMISSIONS }, (_, n) => keyOf(n));

    const first = await startBffProcess(env, port);
    running.push(first);
    const send = sendOverHttp(first.url);
    const staff = await signInAsStaff(send);
    const answers = keys.map((key, n) =>
      submit(send, staff, n, key).then(
        async (response) => ({ status: response.status, body: await response.text() }),
        (error: unknown) => error,
      ),
    );
    await expect.poll(() => opscom.requests.length, { timeout: 20_000 }).toBe(SUBMISSIONS);
    const answered = keys.map((_, n) => n).filter((n) => fateOf(n) !== "held");
    await Promise.all(answered.map((n) => answers[n]));
    await killHard(first);

    const beforeKill = await Promise.all(answers);
    for (const [n, answer] of beforeKill.entries()) {
      if (fateOf(n) === "held") expect(answer).toBeInstanceOf(Error);
      else expect(answer).toMatchObject({ status: fateOf(n) === "issued" ? 201 : 422 });
    }

    const second = await startBffProcess(env, port);
    running.push(second);
    const database = openDatabase(databaseFile, { baseDir: dir });
    try {
      const journal = createJournal(database.db, { clock: () => new Date() });
      const { entries } = await journal.list({ limit: 200 });
      expect(entries).toHaveLength(SUBMISSIONS);
      for (const [n, key] of keys.entries()) {
        const entry = entries.find((candidate) => candidate.idempotencyKey === key);
        const expected = { issued: "issued", rejected: "rejected", held: "unknown" }[fateOf(n)];
        expect(entry, `submission ${n}`).toMatchObject({ plate: plateOf(n), state: expected });
        if (fateOf(n) === "issued")
          expect(entry?.referenceId).toBe(`ref-${String(n).padStart(2, "0")}`);
      }
    } finally {
      await database.close();
    }

    const sendAgain = sendOverHttp(second.url);
    const staffAgain = await signInAsStaff(sendAgain);
    for (const [n, key] of keys.entries()) {
      const retry = await submit(sendAgain, staffAgain, n, key);
      const body: unknown = await retry.json();
      if (fateOf(n) === "issued") {
        expect(retry.status, `retry of submission ${n}`).toBe(201);
        expect(issuedPermitSchema.parse(body).referenceId).toBe(
          `ref-${String(n).padStart(2, "0")}`,
        );
      } else {
        expect(retry.status, `retry of submission ${n}`).toBe(fateOf(n) === "rejected" ? 422 : 502);
        expect(apiErrorSchema.parse(body).error.code).toBe(
          fateOf(n) === "rejected" ? "opscom_rejected" : "opscom_unconfirmed",
        );
      }
    }

    const plates = opscom.requests.map(
      (request) => /"LicencePlate":"(\w+)"/.exec(request.body)?.[1],
    );
    expect(plates).toHaveLength(SUBMISSIONS);
    expect(new Set(plates).size).toBe(SUBMISSIONS);
    await killHard(second);
    await opscom.close();
  }, 90_000);
});
