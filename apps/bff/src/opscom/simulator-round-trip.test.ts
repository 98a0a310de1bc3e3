import { startSimulatorServer } from "@permit-desk/opscom-simulator";
import { issuedPermitSchema } from "@permit-desk/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postPermit, TEST_TOKEN, testApp, validDraft } from "../testing/test-app.ts";

describe("the BFF against the OPSCOM simulator over HTTP", () => {
  let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
  beforeAll(async () => {
    simulator = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
  });
  afterAll(async () => {
    await simulator.close();
  });

  it("issues a permit that the simulator then holds under the reference shown", async () => {
    const { app } = await testApp({ baseUrl: simulator.url });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(201);
    const { referenceId } = issuedPermitSchema.parse(await response.json());
    const held = simulator.simulator.state.permit(referenceId);
    expect(held).toBeDefined();
    expect(JSON.stringify(held)).toContain("PL8RDR");
  });

  it("gets a 9002 refusal, as a configuration problem, when the token is not one OPSCOM knows", async () => {
    const { app } = await testApp({ baseUrl: simulator.url, opscomToken: "another-token" });

    const response = await postPermit(app, validDraft);

    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      error: { code: "opscom_rejected", opscomErrorCode: 9002 },
    });
  });
});
