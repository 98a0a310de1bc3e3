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

const PUSH = permitPath("push");
const { apiToken: _token, ...SAMPLE_PERMIT } = SAMPLE_BODY;

function simulatorWithReferences(...references: string[]) {
  return createSimulator({
    tokens: [TOKEN],
    newReferenceId: () => references.shift() ?? "out-of-references",
  });
}

describe("POST /api/:client/v1/permits/push", () => {
  it("answers the published success body for the published sample body", async () => {
    const { app } = simulatorWithReferences("1a9b5375-cb75-4c71-9939-eeae550b09ac");

    const answer = await post(app, PUSH, SAMPLE_BODY);

    expect(answer).toEqual({
      status: 200,
      contentType: "application/json",
      body: {
        status: "success",
        reference_id: "1a9b5375-cb75-4c71-9939-eeae550b09ac",
        InternalReferenceID: "1a9b5375-cb75-4c71-9939-eeae550b09ac",
      },
    });
  });

  it("stores the permit under canonical names, without the token", async () => {
    const { app, state } = createSimulator({ tokens: [TOKEN] });

    const referenceId = await pushPermit(app);

    expect(state.permit(referenceId)).toMatchObject({
      referenceId,
      clientCode: "OC-TOMA",
      body: SAMPLE_PERMIT,
      deletedAt: null,
    });
    expect(JSON.stringify(state.permits())).not.toContain(TOKEN);
  });

  it("gives every permit a fresh uuid by default", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const first = await pushPermit(app);
    const second = await pushPermit(app);

    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it("accepts every attribute under its other published name", async () => {
    const { app, state } = createSimulator({ tokens: [TOKEN] });

    const referenceId = await pushPermit(app, {
      Amount: undefined,
      CurrencyID: undefined,
      LicencePlate: undefined,
      zone: undefined,
      permitNo: undefined,
      startTime: undefined,
      endTime: undefined,
      amount: "14.50",
      currency: "CAD",
      plate: "PL8RDR",
      ParkingZoneName: "Lot 4",
      TicketNumber: "L4-1138",
      StartDateUtc: "2018-07-02T09:00:00",
      EndDateUtc: "2018-07-02T17:00:00",
    });

    expect(state.permit(referenceId)?.body).toEqual(SAMPLE_PERMIT);
  });

  it("accepts an attribute sent under both its names with the same value", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, PUSH, { ...SAMPLE_BODY, plate: SAMPLE_BODY.LicencePlate });

    expect(answer.body).toMatchObject({ status: "success" });
  });

  it("answers 9033 naming the field when its two names carry different values", async () => {
    const { app, state } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, PUSH, { ...SAMPLE_BODY, EndDateUtc: "2018-07-02T18:00:00" });

    expect(answer.body).toEqual(opscomErrorBody(9033, "endTime"));
    expect(state.permits()).toEqual([]);
  });

  it.each([
    ["9004 when the end time is missing", { endTime: undefined }, 9004, "endTime is required."],
    ["9004 when the end time is blank", { endTime: " " }, 9004, "endTime is required."],
    ["9005 when the end time has an offset", { endTime: "2018-07-02T17:00:00Z" }, 9005, "endTime"],
    [
      "9005 when the end time is not a real time",
      { endTime: "2018-02-30T17:00:00" },
      9005,
      "endTime",
    ],
    [
      "9005 when the end time has a fraction",
      { endTime: "2018-07-02T17:00:00.000" },
      9005,
      "endTime",
    ],
    [
      "9006 when the plate is missing",
      { LicencePlate: undefined },
      9006,
      "LicencePlate is required.",
    ],
    ["9006 when the plate is null", { LicencePlate: null }, 9006, "LicencePlate is required."],
    ["9007 when the start time is invalid", { startTime: "02/07/2018 09:00" }, 9007, "startTime"],
    [
      "9031 when the start time is missing",
      { startTime: undefined },
      9031,
      "startTime is required.",
    ],
    [
      "9030 when the plate is too long",
      { LicencePlate: "A".repeat(26) },
      9030,
      "LicencePlate is too long (at most 25 characters).",
    ],
    ["9030 when the zone is too long", { zone: "Z".repeat(201) }, 9030, "zone is too long"],
    ["9030 when the permit number is too long", { permitNo: "7".repeat(51) }, 9030, "permitNo"],
    ["9030 when the currency is too long", { CurrencyID: "CANADIANDOL" }, 9030, "CurrencyID"],
    ["9030 when the amount is too long", { Amount: "1000000.00" }, 9030, "Amount"],
    ["9032 when the amount is too short", { Amount: "5" }, 9032, "Amount is too short"],
    ["9033 when the amount lacks its cents", { Amount: "14.5" }, 9033, "Amount"],
    ["9033 when the amount is zero", { Amount: "0.00" }, 9033, "Amount"],
    ["9033 when the amount is a number", { Amount: 14.5 }, 9033, "Amount"],
    ["9033 when the plate is not text", { LicencePlate: 1234 }, 9033, "LicencePlate"],
    [
      "9033 when the end is not after the start",
      { endTime: "2018-07-02T09:00:00" },
      9033,
      "endTime",
    ],
  ])("answers %s", async (_case, overrides, code, message) => {
    const { app, state } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, PUSH, { ...SAMPLE_BODY, ...overrides });

    expect(answer.body).toEqual(opscomErrorBody(code, message));
    expect(state.permits()).toEqual([]);
  });

  it("answers 9004 before 9006 when both the end time and the plate are missing", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, PUSH, {
      ...SAMPLE_BODY,
      endTime: undefined,
      LicencePlate: undefined,
    });

    expect(answer.body).toEqual(opscomErrorBody(9004, "endTime"));
  });

  it("accepts a permit without amount, currency, zone or permit number", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, PUSH, {
      apiToken: TOKEN,
      LicencePlate: "PL8RDR",
      startTime: "2018-07-02T09:00:00",
      endTime: "2018-07-02T17:00:00",
    });

    expect(answer.body).toMatchObject({ status: "success" });
  });

  it("accepts an amount written with a leading zero, as its published limits allow", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, PUSH, { ...SAMPLE_BODY, Amount: "014.50" });

    expect(answer.body).toMatchObject({ status: "success" });
  });

  it("answers errors with the configured errorStatus and successes with 200", async () => {
    const { app } = createSimulator({ tokens: [TOKEN], errorStatus: 422 });

    const rejected = await post(app, PUSH, { ...SAMPLE_BODY, LicencePlate: undefined });
    const issued = await post(app, PUSH, SAMPLE_BODY);

    expect(rejected).toMatchObject({ status: 422, contentType: "application/json" });
    expect(issued.status).toBe(200);
  });
});
