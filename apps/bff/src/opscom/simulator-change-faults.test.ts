import { type BehaviourInput, startSimulatorServer } from "@permit-desk/opscom-simulator";
import { apiErrorSchema, permitRecordSchema } from "@permit-desk/schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { changeSite, postChange } from "../testing/permit-changes.ts";
import { TEST_TOKEN } from "../testing/test-app.ts";

const DEADLINE_MS = 800;

/**
 * A correction or a void whose answer is lost, played by the simulator over real HTTP: it ends
 * `unknown`, OPSCOM is asked once, a retry under the same key answers from the journal, and the
 * permit waits for staff to check OPSCOM before it can change again.
 */
describe("a change whose answer OPSCOM loses", () => {
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

  const requestsTo = (route: string) =>
    simulator.simulator.state.requests().filter((request) => request.route === route);

  it.each<[string, Exclude<BehaviourInput, { mode: "normal" }>, number]>([
    ["an answer slower than the deadline", { mode: "slow", delayMs: DEADLINE_MS * 3 }, 504],
    ["a reset connection", { mode: "reset" }, 502],
    ["HTTP 500 with an HTML page", { mode: "html500" }, 502],
    ["a body cut short", { mode: "truncated" }, 502],
  ])(
    "%s ends the correction unknown after one request, and a retry under its key answers from the journal without sending it again",
    async (_case, behaviour, status) => {
      const { app, issue } = await changeSite(simulator.url, {
        env: { OPSCOM_TIMEOUT_MS: String(DEADLINE_MS) },
      });
      const permit = await issue(app);
      simulator.simulator.setBehaviour({ ...behaviour, routes: ["update"] });
      const key = { "Idempotency-Key": "lost-correction-01" };
      const body = { action: "update", changes: { plate: "PL8RDB" }, reason: "Typo" } as const;

      const started = performance.now();
      const lost = await postChange(app, permit.journalId, body, key);
      const elapsed = performance.now() - started;
      simulator.simulator.setBehaviour({ mode: "normal" });
      const retry = await postChange(app, permit.journalId, body, key);

      expect(lost.status).toBe(status);
      expect(elapsed).toBeLessThan(DEADLINE_MS + 1_000);
      const error = apiErrorSchema.parse(await lost.json()).error;
      expect(error).toMatchObject({ code: "opscom_unconfirmed", journalId: expect.any(String) });
      expect(retry.status).toBe(status);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(apiErrorSchema.parse(await retry.json()).error.journalId).toBe(error.journalId);
      expect(requestsTo("update")).toHaveLength(1);

      const record = permitRecordSchema.parse(
        await (await app.request(`/api/permits/${permit.journalId}`)).json(),
      );
      expect(record.current).toMatchObject({ plate: "PL8RDR", status: "unconfirmed" });
      expect(record.changes).toMatchObject([{ id: error.journalId, state: "unknown" }]);

      const another = await postChange(app, permit.journalId, { action: "void", reason: "x" });
      expect(another.status).toBe(409);
      expect(apiErrorSchema.parse(await another.json()).error.reason).toBe("change_unconfirmed");
      expect(requestsTo("delete")).toHaveLength(0);
    },
  );

  it("a manager's finding settles an unknown correction: applied, the permit reads as corrected and can change again", async () => {
    const { app, issue } = await changeSite(simulator.url, {
      env: { OPSCOM_TIMEOUT_MS: String(DEADLINE_MS) },
    });
    const permit = await issue(app);
    simulator.simulator.setBehaviour({ mode: "reset", routes: ["update"], times: 1 });
    const lost = await postChange(app, permit.journalId, {
      action: "update",
      changes: { plate: "PL8RDB" },
      reason: "Typo",
    });
    const { journalId: changeId } = apiErrorSchema.parse(await lost.json()).error;

    const finding = await app.request(
      `/api/permits/${permit.journalId}/changes/${changeId}/reconciliations`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "applied", note: "OPSCOM shows PL8RDB" }),
      },
    );

    expect(finding.status).toBe(201);
    const record = permitRecordSchema.parse(await finding.json());
    expect(record.current).toMatchObject({ plate: "PL8RDB", status: "active", corrected: true });
    expect(record.changes[0]).toMatchObject({
      state: "unknown",
      finding: "applied",
      reconciliations: [{ finding: "applied", note: "OPSCOM shows PL8RDB" }],
    });
    expect(
      (await postChange(app, permit.journalId, { action: "void", reason: "Left" })).status,
    ).toBe(201);
    const again = await app.request(
      `/api/permits/${permit.journalId}/changes/${changeId}/reconciliations`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "sideways" }),
      },
    );
    expect(again.status).toBe(422);
  });

  it("a validator may not record a finding, and only a change OPSCOM did not confirm takes one", async () => {
    const { app, issue, member } = await changeSite(simulator.url);
    const ana = await member({ role: "validator", zones: ["Lot 4"] });
    const permit = await issue(ana);
    const applied = permitRecordSchema.parse(
      await (
        await postChange(ana, permit.journalId, {
          action: "update",
          changes: { plate: "PL8RDB" },
          reason: "Typo",
        })
      ).json(),
    );
    const changeId = applied.changes[0]?.id;
    const reconcile = (client: typeof app) =>
      client.request(`/api/permits/${permit.journalId}/changes/${changeId}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "not_applied" }),
      });

    expect((await reconcile(ana)).status).toBe(403);
    expect((await reconcile(app)).status).toBe(409);
    const elsewhere = await app.request(
      `/api/permits/someone-else/changes/${changeId}/reconciliations`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "not_applied" }),
      },
    );
    expect(elsewhere.status).toBe(404);
  });

  it.each([
    ["status-capitalised", "update"],
    ["error-code-zero-text", "void"],
    ["keys-any-case", "void"],
  ] as const)(
    "a success shaped %s confirms a %s: applied, after one request",
    async (shape, action) => {
      const { app, issue } = await changeSite(simulator.url);
      const permit = await issue(app);
      simulator.simulator.setBehaviour({ mode: "reshape", shape, routes: ["update", "delete"] });
      const body =
        action === "update"
          ? ({ action, changes: { plate: "PL8RDB" }, reason: "Typo" } as const)
          : ({ action, reason: "Left early" } as const);

      const response = await postChange(app, permit.journalId, body);

      expect(response.status).toBe(201);
      const record = permitRecordSchema.parse(await response.json());
      expect(record.changes).toMatchObject([{ state: "applied" }]);
      expect(record.current.status).toBe(action === "void" ? "voided" : "active");
      expect([...requestsTo("update"), ...requestsTo("delete")]).toHaveLength(1);
    },
  );

  it.each([
    ["refusal-with-reference", "update"],
    ["error-code-with-reference", "void"],
  ] as const)(
    "a refusal carrying a reference (%s) leaves a %s unknown, never refused, with the answer kept",
    async (shape, action) => {
      const { app, issue } = await changeSite(simulator.url);
      const permit = await issue(app);
      simulator.simulator.setBehaviour({ mode: "reshape", shape, routes: ["update", "delete"] });
      const body =
        action === "update"
          ? ({ action, changes: { plate: "PL8RDB" }, reason: "Typo" } as const)
          : ({ action, reason: "Left early" } as const);

      const response = await postChange(app, permit.journalId, body);

      expect(response.status).toBe(502);
      const error = apiErrorSchema.parse(await response.json()).error;
      expect(error.code).toBe("opscom_unconfirmed");
      const record = permitRecordSchema.parse(
        await (await app.request(`/api/permits/${permit.journalId}`)).json(),
      );
      expect(record.current.status).toBe("unconfirmed");
      expect(record.changes).toMatchObject([
        {
          id: error.journalId,
          state: "unknown",
          opscom: {
            reason: "contradictory_answer",
            rawAnswer: expect.stringContaining(permit.referenceId),
          },
        },
      ]);
    },
  );
});
