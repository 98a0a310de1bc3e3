import { describe, expect, it } from "vitest";
import { createSimulator } from "./create-simulator.ts";
import { opscomErrorBody, permitPath, post, pushPermit, TOKEN } from "./testing/opscom-requests.ts";

const STATS = permitPath("stats");

describe("POST /api/:client/v1/permits/stats", () => {
  it("counts live permits per zone, as text", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    await pushPermit(app, { zone: "Lot 01" });
    await pushPermit(app, { zone: "Lot 01" });
    await pushPermit(app, { zone: "Lot 02" });

    const answer = await post(app, STATS, { apiToken: TOKEN });

    expect(answer.body).toEqual({
      data: [
        { type: "temp", zone: "Lot 01", total: "2" },
        { type: "temp", zone: "Lot 02", total: "1" },
      ],
    });
  });

  it("counts a permit longer than 30 days as standard", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    await pushPermit(app, { startTime: "2018-07-01T00:00:00", endTime: "2018-07-31T00:00:00" });
    await pushPermit(app, { startTime: "2018-07-01T00:00:00", endTime: "2018-07-31T00:00:01" });

    const answer = await post(app, STATS, { apiToken: TOKEN });

    expect(answer.body).toEqual({
      data: [
        { type: "standard", zone: "Lot 4", total: "1" },
        { type: "temp", zone: "Lot 4", total: "1" },
      ],
    });
  });

  it("leaves deleted permits out", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    const deleted = await pushPermit(app, { zone: "Lot 01" });
    await pushPermit(app, { zone: "Lot 01" });
    await post(app, permitPath("delete"), { apiToken: TOKEN, referenceID: deleted });

    const answer = await post(app, STATS, { apiToken: TOKEN });

    expect(answer.body).toEqual({ data: [{ type: "temp", zone: "Lot 01", total: "1" }] });
  });

  it("counts only the zones asked for, in a comma list", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    await pushPermit(app, { zone: "Lot 01" });
    await pushPermit(app, { zone: "Lot 02" });
    await pushPermit(app, { zone: "Lot 03" });

    const answer = await post(app, STATS, { apiToken: TOKEN, zones: "Lot 01, Lot 03" });

    expect(answer.body).toEqual({
      data: [
        { type: "temp", zone: "Lot 01", total: "1" },
        { type: "temp", zone: "Lot 03", total: "1" },
      ],
    });
  });

  it("leaves out disconnected records: no zone, or a zone OPSCOM is not configured with", async () => {
    const { app, state } = createSimulator({ tokens: [TOKEN], zones: ["Lot 4"] });
    await pushPermit(app, { zone: "Lot 4" });
    const unknownZone = await pushPermit(app, { zone: "Lot 99" });
    await pushPermit(app, { zone: undefined });

    const answer = await post(app, STATS, { apiToken: TOKEN });

    expect(answer.body).toEqual({ data: [{ type: "temp", zone: "Lot 4", total: "1" }] });
    expect(state.permit(unknownZone)?.disconnected).toBe(true);
  });

  it("counts only the permits of the client code in the path", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });
    await pushPermit(app);

    const answer = await post(app, permitPath("stats", "OC-OTHER"), { apiToken: TOKEN });

    expect(answer.body).toEqual({ data: [] });
  });

  it("answers 9033 naming zones when zones is not text", async () => {
    const { app } = createSimulator({ tokens: [TOKEN] });

    const answer = await post(app, STATS, { apiToken: TOKEN, zones: ["Lot 01"] });

    expect(answer.body).toEqual(opscomErrorBody(9033, "zones"));
  });
});
