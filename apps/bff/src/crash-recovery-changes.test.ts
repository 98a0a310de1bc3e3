import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { issuedPermitSchema, permitRecordSchema } from "@permit-desk/schema";
import { afterAll, describe, expect, it } from "vitest";
import { type BffProcess, killHard, startBffProcess } from "./testing/bff-process.ts";
import { answerJson, closedPort, startRecordingServer } from "./testing/recording-server.ts";
import { sendOverHttp, signInAsStaff } from "./testing/staff-session.ts";
import { draftStartingNow } from "./testing/test-app.ts";

describe("a BFF killed while OPSCOM is still answering a change", () => {
  const dir = mkdtempSync(join(tmpdir(), "permit-desk-crash-change-"));
  const running: BffProcess[] = [];
  afterAll(async () => {
    for (const bff of running) await killHard(bff);
    rmSync(dir, { recursive: true, force: true });
  });

  it("finds the change unknown after a restart, answers its key from the journal and never re-sends it", async () => {
    // OPSCOM issues permits at once and never answers an update.
    const opscom = await startRecordingServer((request, response) => {
      if (request.url.endsWith("/permits/push")) {
        answerJson(response, 200, { status: "success", reference_id: "ref-crash" });
      }
    });
    const env = {
      DATABASE_URL: join(dir, "journal.sqlite"),
      OPSCOM_API_TOKEN: "crash-change-token",
      OPSCOM_BASE_URL: opscom.url,
      OPSCOM_TIMEOUT_MS: "60000",
      ZONES: "Lot 4",
      SITE_TIME_ZONE: "America/Toronto",
      LOG_LEVEL: "warn",
    };
    const port = await closedPort();
    const key = "crash-change-key-0001";
    const correct = (url: string, staff: Record<string, string>, permitId: string) =>
      fetch(`${url}/api/permits/${permitId}/changes`, {
        method: "POST",
        headers: { ...staff, "Content-Type": "application/json", "Idempotency-Key": key },
        body: JSON.stringify({ action: "update", changes: { plate: "PL8RDB" }, reason: "Typo" }),
      });
    const updates = () => opscom.requests.filter((request) => request.url.endsWith("/update"));

    const first = await startBffProcess(env, port);
    running.push(first);
    const staff = await signInAsStaff(sendOverHttp(first.url));
    const issued = await fetch(`${first.url}/api/permits`, {
      method: "POST",
      headers: {
        ...staff,
        "Content-Type": "application/json",
        "Idempotency-Key": "crash-issue-01",
      },
      // Starting now, so that the change is within anyone's window.
      body: JSON.stringify(draftStartingNow()),
    });
    const { journalId } = issuedPermitSchema.parse(await issued.json());
    const lostAnswer = correct(first.url, staff, journalId).catch((error: unknown) => error);
    await expect.poll(() => updates().length, { timeout: 10_000 }).toBe(1);
    await killHard(first);
    expect(await lostAnswer).toBeInstanceOf(Error);

    const second = await startBffProcess(env, port);
    running.push(second);
    const record = permitRecordSchema.parse(
      await (await fetch(`${second.url}/api/permits/${journalId}`, { headers: staff })).json(),
    );
    expect(record.current).toMatchObject({ plate: "PL8RDR", status: "unconfirmed" });
    expect(record.changes).toMatchObject([{ state: "unknown", opscom: { reason: "interrupted" } }]);

    const retry = await correct(second.url, staff, journalId);
    expect(retry.status).toBe(502);
    expect(await retry.json()).toMatchObject({
      error: { code: "opscom_unconfirmed", journalId: record.changes[0]?.id },
    });
    expect(updates()).toHaveLength(1);
    await killHard(second);
    await opscom.close();
  }, 60_000);
});
