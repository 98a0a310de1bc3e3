import {
  apiErrorSchema,
  issuedPermitSchema,
  permitPageSchema,
  permitRecordSchema,
} from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
import { changeSite, postChange, simulatorPerFile } from "../testing/permit-changes.ts";
import { recoverAsAnotherServer } from "../testing/stopped-server.ts";
import { postPermit, type TestClient, validDraft } from "../testing/test-app.ts";

const simulator = simulatorPerFile();

/** Long enough for a retry and a finding to land while OPSCOM still works on the request. */
const OPSCOM_DELAY_MS = 3_000;

const recordOf = async (client: TestClient, id: string) =>
  permitRecordSchema.parse(await (await client.request(`/api/permits/${id}`)).json());

describe.each(testDialects())(
  "OPSCOM's answer after its request was called interrupted, on %s",
  (dialect) => {
    // This app holds no lease, as if it had stopped: the other server's recovery calls its
    // requests interrupted while OPSCOM still works on them.
    const site = () =>
      changeSite(simulator().url, { dialect, env: { OPSCOM_TIMEOUT_MS: "20000" } });

    it("issues the permit, replays the issued permit under its key instead of the 502 a retry stored meanwhile, and keeps the finding as superseded", async () => {
      const { app, database, time } = await site();
      const key = { "Idempotency-Key": "late-answer-create-01" };
      simulator().simulator.setBehaviour({ mode: "slow", delayMs: OPSCOM_DELAY_MS, times: 1 });
      const first = postPermit(app, validDraft, key);
      await expect.poll(() => simulator().simulator.heldRequestCount()).toBe(1);

      expect(await recoverAsAnotherServer(database, time.clock)).toBe(1);
      const retry = await postPermit(app, validDraft, key);
      expect(retry.status).toBe(502);
      const { journalId } = apiErrorSchema.parse(await retry.json()).error;
      if (journalId === undefined) throw new Error("no journal id");
      const finding = await app.request(`/api/permits/${journalId}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "absent", note: "Not in OPSCOM's list yet" }),
      });
      expect(finding.status).toBe(201);

      const answered = await first;
      expect(answered.status).toBe(201);
      const issued = issuedPermitSchema.parse(await answered.json());
      const replay = await postPermit(app, validDraft, key);
      expect(replay.status).toBe(201);
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      expect(issuedPermitSchema.parse(await replay.json())).toEqual(issued);

      const record = await recordOf(app, journalId);
      expect(record).toMatchObject({ state: "issued", referenceId: issued.referenceId });
      expect(record.finding).toBeUndefined();
      expect(record.current.status).toBe("active");
      expect(record.reconciliations).toEqual([
        expect.objectContaining({ finding: "absent", supersededAt: record.completedAt }),
      ]);
      const history = permitPageSchema.parse(await (await app.request("/api/permits")).json());
      expect(history.permits[0]).toMatchObject({ state: "issued", current: { status: "active" } });
      expect(history.permits[0]?.finding).toBeUndefined();
    }, 20_000);

    it("applies a correction OPSCOM confirmed late over staff's 'not done' finding, and replays its answer under the key", async () => {
      const { app, database, time, issue } = await site();
      const permit = await issue(app);
      const key = { "Idempotency-Key": "late-answer-change-01" };
      const correction = {
        action: "update",
        changes: { plate: "PL8RDB" },
        reason: "Typo",
      } as const;
      simulator().simulator.setBehaviour({
        mode: "slow",
        delayMs: OPSCOM_DELAY_MS,
        routes: ["update"],
        times: 1,
      });
      const first = postChange(app, permit.journalId, correction, key);
      await expect.poll(() => simulator().simulator.heldRequestCount()).toBe(1);

      expect(await recoverAsAnotherServer(database, time.clock)).toBe(1);
      const retry = await postChange(app, permit.journalId, correction, key);
      expect(retry.status).toBe(502);
      const changeId = apiErrorSchema.parse(await retry.json()).error.journalId;
      const finding = await app.request(
        `/api/permits/${permit.journalId}/changes/${changeId}/reconciliations`,
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ finding: "not_applied" }),
        },
      );
      expect(finding.status).toBe(201);
      expect((await recordOf(app, permit.journalId)).current.plate).toBe("PL8RDR");

      const answered = await first;
      expect(answered.status).toBe(201);
      const answer: unknown = await answered.json();
      const replay = await postChange(app, permit.journalId, correction, key);
      expect(replay.status).toBe(201);
      expect(replay.headers.get("idempotent-replayed")).toBe("true");
      expect(await replay.json()).toEqual(answer);

      const record = await recordOf(app, permit.journalId);
      expect(record.current).toMatchObject({ plate: "PL8RDB", status: "active", corrected: true });
      const [change] = record.changes;
      expect(change).toMatchObject({ id: changeId, state: "applied" });
      expect(change?.finding).toBeUndefined();
      expect(change?.reconciliations).toEqual([
        expect.objectContaining({ finding: "not_applied", supersededAt: change?.completedAt }),
      ]);
    }, 20_000);
  },
);
