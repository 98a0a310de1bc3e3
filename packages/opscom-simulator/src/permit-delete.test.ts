import { describe, expect, it } from "vitest";
import { createSimulator } from "./create-simulator.ts";
import { opscomErrorBody, permitPath, post, pushPermit, TOKEN } from "./testing/opscom-requests.ts";

const DELETE = permitPath("delete");

function simulator() {
  return createSimulator({ tokens: [TOKEN], now: () => new Date("2026-07-02T12:00:00Z") });
}

describe("POST /api/:client/v1/permits/delete", () => {
  it("answers like create and archives the permit instead of purging it", async () => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    const answer = await post(app, DELETE, { apiToken: TOKEN, referenceID: referenceId });

    expect(answer.body).toEqual({
      status: "success",
      reference_id: referenceId,
      InternalReferenceID: referenceId,
    });
    expect(state.permit(referenceId)).toMatchObject({ deletedAt: "2026-07-02T12:00:00.000Z" });
  });

  it.each(["referenceid", "reference_id"])("identifies the permit by %s too", async (name) => {
    const { app, state } = simulator();
    const referenceId = await pushPermit(app);

    await post(app, DELETE, { apiToken: TOKEN, [name]: referenceId });

    expect(state.permit(referenceId)?.deletedAt).not.toBeNull();
  });

  it("answers 9008 when the reference is missing", async () => {
    const { app } = simulator();

    const answer = await post(app, DELETE, { apiToken: TOKEN });

    expect(answer.body).toEqual(opscomErrorBody(9008, "referenceID"));
  });

  it("answers 9009 when no permit has the reference", async () => {
    const { app } = simulator();

    const answer = await post(app, DELETE, { apiToken: TOKEN, referenceID: "no-such-permit" });

    expect(answer.body).toEqual(opscomErrorBody(9009, "no-such-permit"));
  });

  it("answers 9009 when the permit is already deleted", async () => {
    const { app } = simulator();
    const referenceId = await pushPermit(app);
    await post(app, DELETE, { apiToken: TOKEN, referenceID: referenceId });

    const again = await post(app, DELETE, { apiToken: TOKEN, referenceID: referenceId });

    expect(again.body).toMatchObject({ ErrorCode: 9009 });
  });
});
