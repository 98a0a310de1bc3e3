import { describe, expect, it } from "vitest";
import { createSimulator } from "./create-simulator.ts";
import {
  opscomErrorBody,
  permitPath,
  post,
  pushPermit,
  SAMPLE_BODY,
  TOKEN,
} from "./testing/opscom-requests.ts";

const UPDATE = permitPath("update");

const { apiToken: _token, ...SAMPLE_PERMIT } = SAMPLE_BODY;

function simulator() {
  const clock = { now: new Date("2026-07-02T09:00:00Z") };
  return { clock, ...createSimulator({ tokens: [TOKEN], now: () => clock.now }) };
}

describe("POST /api/:client/v1/permits/update", () => {
  it("changes the fields given, keeps the others and records the update", async () => {
    const { app, state, clock } = simulator();
    const referenceId = await pushPermit(app);
    clock.now = new Date("2026-07-02T10:00:00Z");

    const answer = await post(app, UPDATE, {
      apiToken: TOKEN,
      referenceID: referenceId,
      endTime: "2018-07-02T20:00:00",
    });

    expect(answer.body).toEqual({
      status: "success",
      reference_id: referenceId,
      InternalReferenceID: referenceId,
    });
    expect(state.permit(referenceId)).toMatchObject({
      body: { ...SAMPLE_PERMIT, endTime: "2018-07-02T20:00:00" },
      createdAt: "2026-07-02T09:00:00.000Z",
      updatedAt: "2026-07-02T10:00:00.000Z",
      updates: [
        {
          at: "2026-07-02T10:00:00.000Z",
          changes: { endTime: "2018-07-02T20:00:00" },
          before: { endTime: "2018-07-02T17:00:00" },
        },
      ],
    });
  });

  it("keeps each update with what it replaced, a field the permit did not have as null", async () => {
    const { app, state } = simulator();
    const { permitNo: _none, ...withoutNumber } = SAMPLE_BODY;
    const referenceId = await pushPermit(app, { ...withoutNumber, permitNo: undefined });

    await post(app, UPDATE, { apiToken: TOKEN, referenceID: referenceId, LicencePlate: "PL8RDB" });
    await post(app, UPDATE, { apiToken: TOKEN, referenceID: referenceId, permitNo: "L4-9" });

    expect(state.permit(referenceId)?.updates).toEqual([
      expect.objectContaining({
        changes: { LicencePlate: "PL8RDB" },
        before: { LicencePlate: "PL8RDR" },
      }),
      expect.objectContaining({ changes: { permitNo: "L4-9" }, before: { permitNo: null } }),
    ]);
  });

  it("keeps a field sent blank as it was: OPSCOM reads blank as not given", async () => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    const answer = await post(app, UPDATE, {
      apiToken: TOKEN,
      referenceID: referenceId,
      permitNo: "",
      endTime: "2018-07-02T20:00:00",
    });

    expect(answer.body).toMatchObject({ status: "success" });
    expect(state.permit(referenceId)?.body).toMatchObject({
      permitNo: SAMPLE_BODY.permitNo,
      endTime: "2018-07-02T20:00:00",
    });
  });

  it.each(["referenceid", "reference_id"])("identifies the permit by %s too", async (name) => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    const answer = await post(app, UPDATE, { apiToken: TOKEN, [name]: referenceId, zone: "Lot 5" });

    expect(answer.body).toMatchObject({ status: "success", reference_id: referenceId });
    expect(state.permit(referenceId)?.body.zone).toBe("Lot 5");
  });

  it("accepts the other published names of the fields it changes", async () => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    await post(app, UPDATE, { apiToken: TOKEN, referenceID: referenceId, plate: "NEW123" });

    expect(state.permit(referenceId)?.body.LicencePlate).toBe("NEW123");
  });

  it.each([
    ["missing", {}],
    ["blank", { referenceID: "" }],
  ])("answers 9008 when the reference is %s", async (_case, reference) => {
    const { app } = simulator();

    const answer = await post(app, UPDATE, {
      apiToken: TOKEN,
      endTime: "2018-07-02T20:00:00",
      ...reference,
    });

    expect(answer.body).toEqual(opscomErrorBody(9008, "referenceID"));
  });

  it("answers 9009 when no permit has the reference", async () => {
    const { app } = simulator();

    const answer = await post(app, UPDATE, { apiToken: TOKEN, referenceID: "no-such-permit" });

    expect(answer.body).toEqual(opscomErrorBody(9009, "no-such-permit"));
  });

  it("answers 9009 for a deleted permit", async () => {
    const { app } = simulator();
    const referenceId = await pushPermit(app);
    await post(app, permitPath("delete"), { apiToken: TOKEN, referenceID: referenceId });

    const answer = await post(app, UPDATE, { apiToken: TOKEN, referenceID: referenceId });

    expect(answer.body).toMatchObject({ ErrorCode: 9009 });
  });

  it("answers 9009 for a permit of another client code", async () => {
    const { app } = simulator();
    const referenceId = await pushPermit(app);

    const answer = await post(app, permitPath("update", "OC-OTHER"), {
      apiToken: TOKEN,
      referenceID: referenceId,
    });

    expect(answer.body).toMatchObject({ ErrorCode: 9009 });
  });

  it("validates the fields it changes like create, and changes nothing then", async () => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    const answer = await post(app, UPDATE, {
      apiToken: TOKEN,
      referenceID: referenceId,
      LicencePlate: "A".repeat(26),
    });

    expect(answer.body).toEqual(opscomErrorBody(9030, "LicencePlate is too long"));
    expect(state.permit(referenceId)?.updates).toEqual([]);
  });

  it("answers 9033 when the new end time is not after the kept start time", async () => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    const answer = await post(app, UPDATE, {
      apiToken: TOKEN,
      referenceID: referenceId,
      endTime: "2018-07-01T17:00:00",
    });

    expect(answer.body).toEqual(opscomErrorBody(9033, "endTime"));
    expect(state.permit(referenceId)?.body.endTime).toBe(SAMPLE_BODY.endTime);
  });
});
