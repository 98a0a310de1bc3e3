import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { permitPageSchema } from "@permit-desk/schema";
import { afterAll, describe, expect, it } from "vitest";
import { type BffProcess, killHard, runUntilExit, startBffProcess } from "./testing/bff-process.ts";
import { answerJson, closedPort, startRecordingServer } from "./testing/recording-server.ts";
import { sendOverHttp, signInAsStaff } from "./testing/staff-session.ts";
import { draftStartingNow } from "./testing/test-app.ts";

/** One submission, sent again under its key after the restart: the same body each time. */
const draft = draftStartingNow();

describe("a BFF killed while OPSCOM is still answering", () => {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-crash-"));
  const running: BffProcess[] = [];
  afterAll(async () => {
    for (const bff of running) await killHard(bff);
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the permit unknown after a restart, offers it for reconciliation and never re-sends it", async () => {
    const opscom = await startRecordingServer(() => undefined);
    const env = {
      DATABASE_URL: join(dir, "journal.sqlite"),
      OPSCOM_API_TOKEN: "crash-test-token",
      OPSCOM_BASE_URL: opscom.url,
      OPSCOM_TIMEOUT_MS: "60000",
      ZONES: "Lot 4",
      LOG_LEVEL: "warn",
    };
    const port = await closedPort();
    const key = "crash-test-key-0001";
    const submit = (url: string, staff: Record<string, string>) =>
      fetch(`${url}/api/permits`, {
        method: "POST",
        headers: { ...staff, "Content-Type": "application/json", "Idempotency-Key": key },
        body: JSON.stringify(draft),
      });

    const first = await startBffProcess(env, port);
    running.push(first);
    // Sessions live in the database: the one opened before the crash still works after it.
    const staff = await signInAsStaff(sendOverHttp(first.url));
    const lostAnswer = submit(first.url, staff).catch((error: unknown) => error);
    await expect.poll(() => opscom.requests.length, { timeout: 10_000 }).toBe(1);
    await killHard(first);
    expect(await lostAnswer).toBeInstanceOf(Error);

    const second = await startBffProcess(env, port);
    running.push(second);
    const history = permitPageSchema.parse(
      await (await fetch(`${second.url}/api/permits`, { headers: staff })).json(),
    );
    expect(history.permits).toHaveLength(1);
    expect(history.permits[0]).toMatchObject({ plate: "PL8RDR", state: "unknown" });

    const retry = await submit(second.url, staff);
    expect(retry.status).toBe(502);
    expect(await retry.json()).toMatchObject({
      error: { code: "opscom_unconfirmed", journalId: history.permits[0]?.id },
    });
    expect(opscom.requests).toHaveLength(1);
    await killHard(second);
    await opscom.close();
  }, 60_000);

  it("a second copy on the same journal stops with a message, on the same port or another, and leaves the first one's permit alone", async () => {
    let answer: () => void = () => undefined;
    const opscom = await startRecordingServer((_request, response) => {
      answer = () => answerJson(response, 200, { status: "success", reference_id: "ref-kept" });
    });
    const env = {
      DATABASE_URL: join(dir, "second-copy.sqlite"),
      OPSCOM_API_TOKEN: "second-copy-token",
      OPSCOM_BASE_URL: opscom.url,
      OPSCOM_TIMEOUT_MS: "60000",
      ZONES: "Lot 4",
      LOG_LEVEL: "warn",
    };
    const port = await closedPort();
    const first = await startBffProcess(env, port);
    running.push(first);
    const staff = await signInAsStaff(sendOverHttp(first.url));
    const issued = fetch(`${first.url}/api/permits`, {
      method: "POST",
      headers: {
        ...staff,
        "Content-Type": "application/json",
        "Idempotency-Key": "second-copy-key-01",
      },
      body: JSON.stringify(draft),
    });
    await expect.poll(() => opscom.requests.length, { timeout: 10_000 }).toBe(1);

    // Another port would have let it start and call the first one's permit in flight interrupted.
    for (const secondPort of [port, await closedPort()]) {
      const second = await runUntilExit(env, secondPort);
      expect(second.code).toBe(1);
      expect(second.output).toContain(
        `Permit Desk cannot start: another process holds the SQLite database ${env.DATABASE_URL} (DATABASE_URL)`,
      );
    }
    // A copy on a journal of its own is stopped by the port alone.
    const onItsOwn = await runUntilExit(
      { ...env, DATABASE_URL: join(dir, "its-own.sqlite") },
      port,
    );
    expect(onItsOwn.code).toBe(1);
    expect(onItsOwn.output).toMatch(/Permit Desk cannot start: port \d+ is already in use/);
    answer();

    expect((await issued).status).toBe(201);
    const history = permitPageSchema.parse(
      await (await fetch(`${first.url}/api/permits`, { headers: staff })).json(),
    );
    expect(history.permits[0]).toMatchObject({ state: "issued", referenceId: "ref-kept" });
    await killHard(first);
    await opscom.close();
  }, 60_000);
});
