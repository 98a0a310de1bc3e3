import {
  activePermitsSchema,
  apiErrorSchema,
  operationsStatusSchema,
  permitPageSchema,
  permitRecordSchema,
} from "@permit-desk/schema";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseDialect } from "../db/database.ts";
import { testDialects } from "../db/test-databases.ts";
import { answerJson, startRecordingServer } from "../testing/recording-server.ts";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";

let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

/** OPSCOM that issues every permit, except that plates starting with LOST get no usable answer. */
async function historyWithPermits(dialect: DatabaseDialect = "sqlite") {
  const opscom = await startRecordingServer((request, response) => {
    if (request.body.includes('"LOST')) {
      response.writeHead(502, { "Content-Type": "text/html" });
      response.end("<html>Bad gateway</html>");
      return;
    }
    answerJson(response, 200, {
      status: "success",
      reference_id: `ref-${Date.now()}-${Math.random()}`,
    });
  });
  closers.push(opscom.close);
  const context = await testApp({ baseUrl: opscom.url, dialect });
  const issue = (change: Partial<typeof validDraft>) =>
    postPermit(context.app, { ...validDraft, ...change });
  return { ...context, issue };
}

describe("GET /api/permits (history)", () => {
  it("lists submissions newest first, a page at a time", async () => {
    const { app, issue } = await historyWithPermits();
    for (const plate of ["AAA1", "AAA2", "AAA3"]) expect((await issue({ plate })).status).toBe(201);

    const first = permitPageSchema.parse(await (await app.request("/api/permits?limit=2")).json());
    expect(first.permits.map((permit) => permit.plate)).toEqual(["AAA3", "AAA2"]);
    expect(first.nextCursor).toBeDefined();
    const rest = await app.request(
      `/api/permits?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? "")}`,
    );
    const second = permitPageSchema.parse(await rest.json());
    expect(second.permits.map((permit) => permit.plate)).toEqual(["AAA1"]);
    expect(second.nextCursor).toBeUndefined();
  });

  it("tells every cache not to keep a page of plates, nor any other answer of the API", async () => {
    const { app, issue } = await historyWithPermits();
    expect((await issue({ plate: "AAA1" })).status).toBe(201);
    for (const path of ["/api/permits", "/api/config", "/api/nothing-here"]) {
      expect((await app.request(path)).headers.get("cache-control")).toBe("no-store");
    }
  });

  it("finds plates by a prefix typed any way, and filters by zone, state and validity", async () => {
    const { app, issue } = await historyWithPermits();
    await issue({ plate: "AB123" });
    await issue({ plate: "AB999", zone: "Lot 5" });
    await issue({
      plate: "XY123",
      validFrom: "2026-08-01T09:00:00-04:00",
      validUntil: "2026-08-01T10:00:00-04:00",
    });
    await issue({ plate: "LOST1" });

    const plates = async (query: string) =>
      permitPageSchema
        .parse(await (await app.request(`/api/permits?${query}`)).json())
        .permits.map((p) => p.plate);

    expect(await plates("plate=ab-1")).toEqual(["AB123"]);
    expect(await plates("plate=ab")).toEqual(["AB999", "AB123"]);
    expect(await plates("zone=Lot%205")).toEqual(["AB999"]);
    expect(await plates("state=unknown")).toEqual(["LOST1"]);
    const august = `validFrom=${encodeURIComponent("2026-08-01T00:00:00-04:00")}&validTo=${encodeURIComponent("2026-08-02T00:00:00-04:00")}`;
    expect(await plates(august)).toEqual(["XY123"]);
  });

  it.each(testDialects())(
    "lists what the Status page counts as awaiting a finding with awaitingFinding=true (%s)",
    async (dialect) => {
      const { app, issue } = await historyWithPermits(dialect);
      await issue({ plate: "AB123" });
      await issue({ plate: "LOST1" });
      await issue({ plate: "LOST2" });
      const page = permitPageSchema.parse(
        await (await app.request("/api/permits?state=unknown")).json(),
      );
      const found = page.permits.find((permit) => permit.plate === "LOST1");
      const reconciled = await app.request(`/api/permits/${found?.id}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "absent" }),
      });
      expect(reconciled.status).toBe(201);

      const plates = async (query: string) =>
        permitPageSchema
          .parse(await (await app.request(`/api/permits?${query}`)).json())
          .permits.map((p) => p.plate);
      expect(await plates("awaitingFinding=true")).toEqual(["LOST2"]);
      expect(await plates("awaitingFinding=true&state=issued")).toEqual([]);
      const status = operationsStatusSchema.parse(await (await app.request("/api/status")).json());
      expect(status.awaitingFinding).toEqual({ permits: 1, changes: 0 });
      expect((await app.request("/api/permits?awaitingFinding=yes")).status).toBe(400);
    },
  );

  it("answers 400 to a filter it cannot read", async () => {
    const { app } = await historyWithPermits();
    expect((await app.request("/api/permits?state=lost")).status).toBe(400);
    expect((await app.request("/api/permits?validFrom=yesterday")).status).toBe(400);
    expect((await app.request("/api/permits?cursor=not-a-cursor")).status).toBe(400);
  });

  it("names what is wrong with an overlong zone or cursor filter by its own code, in the list and in the export", async () => {
    const { app } = await historyWithPermits();
    for (const path of ["/api/permits", "/api/permits/export.csv"]) {
      const zone = await app.request(`${path}?zone=${"z".repeat(201)}`);
      expect(zone.status).toBe(400);
      expect(apiErrorSchema.parse(await zone.json()).error.fieldErrors).toEqual({
        zone: [{ code: "zone_too_long" }],
      });
      const cursor = await app.request(`${path}?cursor=${"c".repeat(201)}`);
      expect(cursor.status).toBe(400);
      expect(apiErrorSchema.parse(await cursor.json()).error.fieldErrors).toEqual({
        cursor: [{ code: "history_page_gone" }],
      });
    }
  });
});

describe("GET /api/permits/:id and reconciliation", () => {
  it("shows the full record with what was sent and what OPSCOM answered", async () => {
    const { app, issue } = await historyWithPermits();
    const { journalId } = (await (await issue({})).json()) as { journalId: string };

    const record = permitRecordSchema.parse(
      await (await app.request(`/api/permits/${journalId}`)).json(),
    );

    expect(record).toMatchObject({
      id: journalId,
      state: "issued",
      plate: "PL8RDR",
      amount: "14.50",
    });
    expect(record.sentBody).toMatchObject({ LicencePlate: "PL8RDR", Amount: "14.50" });
    expect(record.sentBody).not.toHaveProperty("apiToken");
    expect(record.opscom.httpStatus).toBe(200);
    expect(record.opscom.rawAnswer).toContain("success");
    expect((await app.request("/api/permits/no-such-id")).status).toBe(404);
  });

  it("lets staff record what they found for an unconfirmed permit, leaving its facts untouched", async () => {
    const { app, issue } = await historyWithPermits();
    const failed = await issue({ plate: "LOST1" });
    expect(failed.status).toBe(502);
    const { error } = (await failed.json()) as { error: { journalId: string } };

    const reconcile = (body: unknown) =>
      app.request(`/api/permits/${error.journalId}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await reconcile({ finding: "exists" })).status).toBe(422);
    const found = await reconcile({
      finding: "exists",
      referenceId: "opscom-ref-7",
      note: "Seen in OPSCOM",
    });

    expect(found.status).toBe(201);
    const record = permitRecordSchema.parse(await found.json());
    expect(record.state).toBe("unknown");
    expect(record.referenceId).toBeUndefined();
    expect(record.finding).toBe("exists");
    expect(record.reconciliations).toMatchObject([
      { finding: "exists", referenceId: "opscom-ref-7", note: "Seen in OPSCOM" },
    ]);
  });

  it("refuses to reconcile a permit OPSCOM confirmed", async () => {
    const { app, issue } = await historyWithPermits();
    const { journalId } = (await (await issue({})).json()) as { journalId: string };
    const response = await app.request(`/api/permits/${journalId}/reconciliations`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ finding: "absent" }),
    });
    expect(response.status).toBe(409);
  });
});

describe("GET /api/plates/:plate/active", () => {
  it("answers the permits issued here that are valid now for the plate, however it is typed", async () => {
    const { app, issue } = await historyWithPermits();
    const now = Date.now();
    const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    await issue({ plate: "AB123", validFrom: iso(-3_600_000), validUntil: iso(3_600_000) });
    await issue({ plate: "AB123", validFrom: iso(-7_200_000), validUntil: iso(-3_600_000) });
    await issue({ plate: "AB1234", validFrom: iso(-3_600_000), validUntil: iso(3_600_000) });

    const active = activePermitsSchema.parse(
      await (await app.request("/api/plates/ab%20123/active")).json(),
    );

    expect(active.plate).toBe("AB123");
    expect(active.permits).toHaveLength(1);
    expect(active.permits[0]).toMatchObject({ zone: "Lot 4", state: "issued" });
    expect((await app.request("/api/plates/%3F%3F/active")).status).toBe(400);
    expect((await app.request("/api/plates/50%25/active")).status).toBe(400);
  });
});

describe("GET /api/permits/export.csv", () => {
  it("streams the filtered history as UTF-8 CSV with a header row, quoting what needs it", async () => {
    const { app, issue } = await historyWithPermits();
    await issue({ plate: "AB123", permitNo: 'Room 12, "Suite"' });
    await issue({ plate: "AB124", permitNo: "=HYPERLINK(1)" });
    await issue({ plate: "ZZ999" });

    const response = await app.request("/api/permits/export.csv?plate=AB");

    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="permits-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(new TextDecoder().decode(bytes));
    expect(rows[0]?.slice(0, 5)).toEqual([
      "submitted_at",
      "submitted_by",
      "submitted_by_name",
      "plate",
      "zone",
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1]?.[3]).toBe("AB124");
    expect(rows[1]?.[9]).toBe("'=HYPERLINK(1)");
    expect(rows[2]?.[3]).toBe("AB123");
    expect(rows[2]?.[9]).toBe('Room 12, "Suite"');
    expect(rows[2]?.[5]).toBe("2026-07-02T09:00:00-04:00");
  });

  it.each(testDialects())(
    "names the submitter by display name in the history, the record and the export, beside the username (%s)",
    async (dialect) => {
      const context = await historyWithPermits(dialect);
      const nadia = context.as(
        await context.staffCookie({
          role: "validator",
          username: "nadia",
          displayName: "Nadia Tremblay",
          zones: ["Lot 4"],
        }),
      );
      expect((await postPermit(nadia, validDraft)).status).toBe(201);

      const [line] = permitPageSchema.parse(
        await (await context.app.request("/api/permits")).json(),
      ).permits;
      expect(line).toMatchObject({ actor: "nadia", actorName: "Nadia Tremblay" });
      const record = permitRecordSchema.parse(
        await (await context.app.request(`/api/permits/${line?.id}`)).json(),
      );
      expect(record).toMatchObject({ actor: "nadia", actorName: "Nadia Tremblay" });
      const rows: string[][] = parse(
        (await (await context.app.request("/api/permits/export.csv")).text()).slice(1),
      );
      expect(rows[1]?.slice(1, 3)).toEqual(["nadia", "Nadia Tremblay"]);
    },
  );
});
