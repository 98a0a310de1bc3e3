import { type BehaviourInput, startSimulatorServer } from "@permit-desk/opscom-simulator";
import { apiErrorSchema, issuedPermitSchema, permitRecordSchema } from "@permit-desk/schema";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { postPermit, TEST_TOKEN, testApp, validDraft } from "../testing/test-app.ts";

const DEADLINE_MS = 800;

/**
 * Each of OPSCOM's ways of failing, played by the simulator over real HTTP: the submission ends
 * in the right journal state within the deadline, OPSCOM is asked once, and the answer says so.
 */
describe("faults at OPSCOM", () => {
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

  const pushes = () =>
    simulator.simulator.state
      .requests()
      .filter((request) => request.path.endsWith("/permits/push"));

  it.each<[string, BehaviourInput, number, string, string]>([
    [
      "an answer slower than the deadline",
      { mode: "slow", delayMs: DEADLINE_MS * 3 },
      504,
      "opscom_unconfirmed",
      "unknown",
    ],
    ["no answer at all", { mode: "hang" }, 504, "opscom_unconfirmed", "unknown"],
    ["a reset connection", { mode: "reset" }, 502, "opscom_unconfirmed", "unknown"],
    ["HTTP 500 with an HTML page", { mode: "html500" }, 502, "opscom_unconfirmed", "unknown"],
    ["malformed JSON", { mode: "malformed" }, 502, "opscom_unconfirmed", "unknown"],
    ["a body cut short", { mode: "truncated" }, 502, "opscom_unconfirmed", "unknown"],
    [
      "a refusal",
      { mode: "reject", errorCode: 9033, errorMessage: "zone is not valid." },
      422,
      "opscom_rejected",
      "rejected",
    ],
  ])(
    "%s ends as it should, within the deadline, after one request",
    async (_case, behaviour, status, code, state) => {
      simulator.simulator.setBehaviour(behaviour);
      const { app, journal } = await testApp({
        baseUrl: simulator.url,
        env: { OPSCOM_TIMEOUT_MS: String(DEADLINE_MS) },
      });

      const started = performance.now();
      const response = await postPermit(app, validDraft);
      const elapsed = performance.now() - started;

      expect(response.status).toBe(status);
      const body = apiErrorSchema.parse(await response.json());
      expect(body.error.code).toBe(code);
      expect(elapsed).toBeLessThan(DEADLINE_MS + 1_000);
      expect(pushes()).toHaveLength(1);
      const entries = (await journal.list({ limit: 10 })).entries;
      expect(entries.map((entry) => entry.state)).toEqual([state]);
      if (state === "unknown") expect(body.error.journalId).toBe(entries[0]?.id);
    },
  );

  it.each([
    "status-capitalised",
    "error-code-zero",
    "error-code-zero-text",
    "keys-any-case",
  ] as const)(
    "a success shaped %s is believed: 201 with the reference OPSCOM holds, journalled issued",
    async (shape) => {
      simulator.simulator.setBehaviour({ mode: "reshape", shape });
      const { app, journal } = await testApp({ baseUrl: simulator.url });

      const response = await postPermit(app, validDraft);

      expect(response.status).toBe(201);
      const issued = issuedPermitSchema.parse(await response.json());
      const held = simulator.simulator.state.permits();
      expect(held.map((permit) => permit.referenceId)).toEqual([issued.referenceId]);
      const [entry] = (await journal.list({ limit: 10 })).entries;
      expect(entry).toMatchObject({ state: "issued", referenceId: issued.referenceId });
      expect(pushes()).toHaveLength(1);
    },
  );

  it.each(["refusal-with-reference", "error-code-with-reference"] as const)(
    "a refusal carrying a reference (%s) is never taken as a refusal: unknown, raw answer kept",
    async (shape) => {
      simulator.simulator.setBehaviour({ mode: "reshape", shape });
      const { app, journal } = await testApp({ baseUrl: simulator.url });

      const response = await postPermit(app, validDraft);

      expect(response.status).toBe(502);
      const body = apiErrorSchema.parse(await response.json());
      expect(body.error.code).toBe("opscom_unconfirmed");
      const [held] = simulator.simulator.state.permits();
      const record = permitRecordSchema.parse(
        await (await app.request(`/api/permits/${body.error.journalId}`)).json(),
      );
      expect(record).toMatchObject({
        state: "unknown",
        opscom: {
          httpStatus: 200,
          reason: "contradictory_answer",
          detail: {
            code: "refusal_with_reference",
            params: { httpStatus: 200, reference: held?.referenceId },
          },
        },
      });
      expect(record.opscom.rawAnswer).toContain(`"reference_id":"${held?.referenceId}"`);
      expect((await journal.list({ limit: 10 })).entries).toHaveLength(1);
      expect(pushes()).toHaveLength(1);
    },
  );
});
