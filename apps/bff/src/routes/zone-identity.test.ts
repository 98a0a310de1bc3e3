import {
  auditPageSchema,
  permitPageSchema,
  permitRecordSchema,
  plateChecksSchema,
  zoneRecordSchema,
} from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
import { changeSite, postChange, simulatorPerFile } from "../testing/permit-changes.ts";
import type { TestClient } from "../testing/test-app.ts";

const simulator = simulatorPerFile();

function jsonRequest(method: string, body: unknown): RequestInit {
  return { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

async function historyPlates(client: TestClient, query = "") {
  const response = await client.request(`/api/permits${query}`);
  return permitPageSchema.parse(await response.json()).permits.map((permit) => permit.plate);
}

describe.each(testDialects())("a zone renamed and its old name reused, on %s", (dialect) => {
  /** "Lot A" with one permit, renamed "Lot A North"; then a new "Lot A" for another manager. */
  async function renamedThenReused() {
    const site = await changeSite(simulator().url, {
      dialect,
      env: { ZONES: "Lot A,Lot 5" },
    });
    const mia = await site.member({ role: "manager", username: "mia", zones: ["Lot A"] });
    const old = await site.issue(mia, { zone: "Lot A", plate: "OLD1" });
    const lotA = (await site.zones.list()).find((zone) => zone.name === "Lot A");
    const renamed = await site.app.request(
      `/api/zones/${lotA?.id}`,
      jsonRequest("PATCH", { name: "Lot A North" }),
    );
    expect(renamed.status).toBe(200);
    const created = await site.app.request("/api/zones", jsonRequest("POST", { name: "Lot A" }));
    expect(created.status).toBe(201);
    const newLotA = zoneRecordSchema.parse(await created.json());
    const raj = await site.member({ role: "manager", username: "raj", zones: ["Lot A"] });
    return { ...site, mia, raj, old, oldZoneId: lotA?.id ?? "", newLotA };
  }

  it("keeps the old permits with the renamed zone's manager, under its new name and the name sent", async () => {
    const { mia, old, oldZoneId } = await renamedThenReused();
    expect(await historyPlates(mia)).toEqual(["OLD1"]);
    const record = permitRecordSchema.parse(
      await (await mia.request(`/api/permits/${old.journalId}`)).json(),
    );
    expect(record).toMatchObject({
      zone: "Lot A",
      zoneId: oldZoneId,
      sentBody: { zone: "Lot A" },
      current: { zone: "Lot A", zoneId: oldZoneId, zoneName: "Lot A North" },
    });
    expect(await historyPlates(mia, "?zone=Lot%20A%20North")).toEqual(["OLD1"]);
  });

  it("names the permit in the audit trail by its plate and its zone as called now", async () => {
    const { app, old, oldZoneId, newLotA } = await renamedThenReused();
    const { events } = auditPageSchema.parse(await (await app.request("/api/audit")).json());
    const issued = events.find((event) => event.action === "permit.issue");
    expect(issued?.subject).toEqual({
      type: "permit",
      id: old.journalId,
      plate: "OLD1",
      zone: { id: oldZoneId, name: "Lot A North" },
    });
    const zoneNames = events
      .filter((event) => event.subject?.type === "zone")
      .map((event) => [event.subject?.id, event.subject?.name]);
    expect(zoneNames).toContainEqual([oldZoneId, "Lot A North"]);
    expect(zoneNames).toContainEqual([newLotA.id, "Lot A"]);
    const users = events.filter((event) => event.subject?.type === "user");
    expect(users.map((event) => event.subject?.name)).toContain("mia");
  });

  it("shows the new zone's manager none of them, and refuses them directly", async () => {
    const { raj, old } = await renamedThenReused();
    expect(await historyPlates(raj)).toEqual([]);
    expect(await historyPlates(raj, "?zone=Lot%20A")).toEqual([]);
    const csv = await (await raj.request("/api/permits/export.csv")).text();
    expect(csv).not.toContain("OLD1");
    expect((await raj.request(`/api/permits/${old.journalId}`)).status).toBe(404);
    const sentBefore = simulator().simulator.state.requests().length;
    const voided = await postChange(raj, old.journalId, { action: "void", reason: "not mine" });
    expect(voided.status).toBe(404);
    const finding = await raj.request(
      `/api/permits/${old.journalId}/reconciliations`,
      jsonRequest("POST", { finding: "absent" }),
    );
    expect(finding.status).toBe(404);
    expect(simulator().simulator.state.requests()).toHaveLength(sentBefore);
    expect(simulator().simulator.state.permit(old.referenceId)?.deletedAt).toBeNull();
    const active = await (await raj.request("/api/plates/OLD1/active")).json();
    expect(active).toMatchObject({ permits: [] });
    const checks = plateChecksSchema.parse(
      await (await raj.request("/api/plates/OLD1/checks?zone=Lot%20A")).json(),
    );
    expect(checks.activeInZone).toEqual([]);
  });

  it("lets the renamed zone's manager void the old permit, and issues the new zone's under its own id", async () => {
    const { mia, raj, old, oldZoneId, newLotA, issue, journal } = await renamedThenReused();
    expect(
      (await postChange(mia, old.journalId, { action: "void", reason: "guest left" })).status,
    ).toBe(201);
    const fresh = await issue(raj, { zone: "Lot A", plate: "NEW1" });
    expect((await journal.get(fresh.journalId))?.zoneId).toBe(newLotA.id);
    expect(newLotA.id).not.toBe(oldZoneId);
    expect(await historyPlates(mia)).toEqual(["OLD1"]);
    expect(await historyPlates(raj)).toEqual(["NEW1"]);
  });

  it("takes a correction naming the permit's own zone under its new name as no move, sending no zone", async () => {
    const { mia, old, oldZoneId, journal } = await renamedThenReused();
    const corrected = await postChange(mia, old.journalId, {
      action: "update",
      reason: "plate typed wrong",
      changes: { plate: "OLD2", zone: "Lot A North" },
    });
    expect(corrected.status).toBe(201);
    const held = simulator().simulator.state.permit(old.referenceId);
    expect(held?.body.LicencePlate).toBe("OLD2");
    expect(held?.body.zone).toBe("Lot A");
    const entry = await journal.get(old.journalId);
    expect(entry?.current).toMatchObject({ plate: "OLD2", zone: "Lot A", zoneId: oldZoneId });
  });
});
