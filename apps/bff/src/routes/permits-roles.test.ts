import {
  activePermitsSchema,
  clientConfigSchema,
  permitPageSchema,
  plateChecksSchema,
} from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import { answerJson, startRecordingServer } from "../testing/recording-server.ts";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

async function siteWithStaff() {
  const opscom = await startRecordingServer((_request, response) =>
    answerJson(response, 200, { status: "success", reference_id: `ref-${Math.random()}` }),
  );
  closers.push(opscom.close);
  const context = await testApp({ baseUrl: opscom.url });
  const ana = context.as(
    await context.staffCookie({ role: "validator", username: "ana", zones: ["Lot 4"] }),
  );
  const bo = context.as(
    await context.staffCookie({ role: "validator", username: "bo", zones: ["Lot 4", "Lot 5"] }),
  );
  const mia = context.as(
    await context.staffCookie({ role: "manager", username: "mia", zones: ["Lot 5"] }),
  );
  return { ...context, opscom, ana, bo, mia };
}

const platesOf = async (response: Response) =>
  permitPageSchema.parse(await response.json()).permits.map((permit) => permit.plate);

describe("POST /api/permits and the member's zones", () => {
  it("refuses with 403 a zone the validator is not assigned, whatever the request says, and sends nothing", async () => {
    const { ana, opscom, journal } = await siteWithStaff();
    const response = await postPermit(ana, { ...validDraft, zone: "Lot 5" });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({
      error: { code: "forbidden", reason: "zone_not_assigned", params: { zone: "Lot 5" } },
    });
    expect(opscom.requests).toHaveLength(0);
    expect((await journal.list({ limit: 10 })).entries).toEqual([]);
  });

  it("refuses a zone that has been deactivated, even one assigned to the member", async () => {
    const { ana, zones, opscom } = await siteWithStaff();
    const lot4 = (await zones.list()).find((zone) => zone.name === "Lot 4");
    await zones.update(lot4?.id ?? "", { active: false }, { userId: null, label: "test" });
    expect((await postPermit(ana, validDraft)).status).toBe(422);
    expect(opscom.requests).toHaveLength(0);
  });

  it("journals the permit under the member's username and records permit.issue in the audit trail", async () => {
    const { ana, audit } = await siteWithStaff();
    const response = await postPermit(ana, validDraft);
    expect(response.status).toBe(201);
    const page = permitPageSchema.parse(await (await ana.request("/api/permits")).json());
    expect(page.permits[0]?.actor).toBe("ana");
    const [event] = await audit.list({ action: "permit.issue" });
    expect(event).toMatchObject({
      actor: { label: "ana" },
      subject: { type: "permit", id: page.permits[0]?.id },
      detail: { journalId: page.permits[0]?.id, outcome: "issued" },
    });
  });

  it("scopes Idempotency-Key to the member: two members with one key issue two permits", async () => {
    const { ana, bo, opscom } = await siteWithStaff();
    const key = { "Idempotency-Key": "shared-key-123456" };
    expect((await postPermit(ana, validDraft, key)).status).toBe(201);
    const second = await postPermit(bo, validDraft, key);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    expect(opscom.requests).toHaveLength(2);
  });

  it("GET /api/config offers only the member's active zones", async () => {
    const { ana, mia, app } = await siteWithStaff();
    const zonesOf = async (client: typeof ana) =>
      clientConfigSchema.parse(await (await client.request("/api/config")).json()).zones;
    expect(await zonesOf(ana)).toEqual(["Lot 4"]);
    expect(await zonesOf(mia)).toEqual(["Lot 5"]);
    expect(await zonesOf(app)).toEqual(["Lot 4", "Lot 5"]);
  });
});

describe("history by role", () => {
  async function issuedByEach() {
    const site = await siteWithStaff();
    expect((await postPermit(site.ana, { ...validDraft, plate: "ANA4" })).status).toBe(201);
    expect((await postPermit(site.bo, { ...validDraft, plate: "BO4" })).status).toBe(201);
    expect((await postPermit(site.bo, { ...validDraft, plate: "BO5", zone: "Lot 5" })).status).toBe(
      201,
    );
    return site;
  }

  it("GET /api/permits shows a validator only the permits they issued, whatever the filters", async () => {
    const { ana } = await issuedByEach();
    expect(await platesOf(await ana.request("/api/permits"))).toEqual(["ANA4"]);
    expect(await platesOf(await ana.request("/api/permits?plate=BO"))).toEqual([]);
    expect(await platesOf(await ana.request("/api/permits?zone=Lot%205"))).toEqual([]);
  });

  it("GET /api/permits shows a manager every permit in their zones, and an admin all", async () => {
    const { mia, app } = await issuedByEach();
    expect(await platesOf(await mia.request("/api/permits"))).toEqual(["BO5"]);
    expect(await platesOf(await app.request("/api/permits"))).toEqual(["BO5", "BO4", "ANA4"]);
  });

  it("GET /api/permits/:id answers 404 for another validator's permit", async () => {
    const { ana, bo, app } = await issuedByEach();
    const all = permitPageSchema.parse(await (await app.request("/api/permits")).json()).permits;
    const bos = all.find((permit) => permit.plate === "BO4");
    expect((await ana.request(`/api/permits/${bos?.id}`)).status).toBe(404);
    expect((await bo.request(`/api/permits/${bos?.id}`)).status).toBe(200);
  });

  it("GET /api/permits/export.csv exports only what the member may see", async () => {
    const { ana } = await issuedByEach();
    const csv = await (await ana.request("/api/permits/export.csv")).text();
    expect(csv).toContain("ANA4");
    expect(csv).not.toContain("BO4");
    expect(csv).not.toContain("BO5");
  });

  it("GET /api/plates/:plate/active answers as the issue form warns: every permit valid now in the member's zones, opening only those the member may see", async () => {
    const site = await siteWithStaff();
    const now = {
      validFrom: new Date(Date.now() - 3_600_000).toISOString(),
      validUntil: new Date(Date.now() + 3_600_000).toISOString(),
    };
    await postPermit(site.bo, { ...validDraft, ...now, zone: "Lot 4" });
    await postPermit(site.bo, { ...validDraft, ...now, zone: "Lot 5" });
    const lookup = async (client: typeof site.ana) =>
      activePermitsSchema
        .parse(await (await client.request("/api/plates/PL8RDR/active")).json())
        .permits.map((permit) => [permit.zone, permit.id !== undefined]);
    const warnedIn = async (client: typeof site.ana, zone: string) =>
      plateChecksSchema.parse(
        await (
          await client.request(`/api/plates/PL8RDR/checks?zone=${encodeURIComponent(zone)}`)
        ).json(),
      ).activeInZone.length;

    // Ana works in Lot 4 only: Bo's permit there is hers to know of, not hers to open.
    expect(await lookup(site.ana)).toEqual([["Lot 4", false]]);
    expect(await warnedIn(site.ana, "Lot 4")).toBe(1);
    expect(await lookup(site.bo)).toEqual([
      ["Lot 5", true],
      ["Lot 4", true],
    ]);
    expect(await lookup(site.mia)).toEqual([["Lot 5", true]]);
    expect(await lookup(site.app)).toEqual([
      ["Lot 5", true],
      ["Lot 4", true],
    ]);
  });

  it("POST /api/permits/:id/reconciliations is refused to a validator and hidden from others", async () => {
    const { ana, app } = await issuedByEach();
    const all = permitPageSchema.parse(await (await app.request("/api/permits")).json()).permits;
    const own = all.find((permit) => permit.plate === "ANA4");
    const other = all.find((permit) => permit.plate === "BO4");
    const reconcile = (id: string | undefined) =>
      ana.request(`/api/permits/${id}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "absent" }),
      });
    expect((await reconcile(other?.id)).status).toBe(404);
    expect((await reconcile(own?.id)).status).toBe(403);
  });
});
