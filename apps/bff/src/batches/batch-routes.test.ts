import type { ServerResponse } from "node:http";
import { type SimulatorServer, startSimulatorServer } from "@permit-desk/opscom-simulator";
import {
  apiErrorSchema,
  batchListSchema,
  batchPreviewSchema,
  batchSchema,
  permitPageSchema,
  zoneListSchema,
} from "@permit-desk/schema";
import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import type { DatabaseDialect } from "../db/database.ts";
import { testDialects } from "../db/test-databases.ts";
import { answerJson, startRecordingServer } from "../testing/recording-server.ts";
import {
  postPermit,
  TEST_TOKEN,
  type TestClient,
  testApp,
  validDraft,
} from "../testing/test-app.ts";
import { BATCH_STATE_CHECK_MS } from "./batch-runner.ts";

let simulators: SimulatorServer[] = [];
let closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(simulators.map((simulator) => simulator.close()));
  await Promise.all(closers.map((close) => close()));
  simulators = [];
  closers = [];
});

/** The app over real HTTP to the simulator; one row at a time unless told otherwise. */
async function listApp(dialect: DatabaseDialect, concurrency = "1") {
  const opscom = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
  simulators.push(opscom);
  const context = await testApp({
    baseUrl: opscom.url,
    dialect,
    env: { OPSCOM_MAX_CONCURRENCY: concurrency },
  });
  const manager = context.as(await context.staffCookie({ role: "manager", zones: ["Lot 4"] }));
  return { ...context, opscom, manager };
}

const json = (body: unknown, method = "POST"): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

/** The whole-list values a plate-only row takes: the form's own draft but for its plate. */
const { plate: _plate, ...listValues } = validDraft;

async function createList(client: TestClient, body: unknown) {
  const response = await client.request("/api/batches", json(body));
  expect(response.status).toBe(201);
  return batchSchema.parse(await response.json());
}

async function setState(client: TestClient, id: string, state: "running" | "paused") {
  return client.request(`/api/batches/${id}/state`, json({ state }));
}

describe.each(testDialects())("a list issued on the server (%s)", (dialect) => {
  it("sends each row the checks accept once, through the journal, and names each row's reference or reason in its result", async () => {
    const { manager, opscom, batchRunner } = await listApp(dialect);
    const created = await createList(manager, {
      values: listValues,
      rows: [
        { plate: "LIST001" },
        { plate: "LIST002", amount: "3.25" },
        { plate: "no plate!" },
        { plate: "LIST004", zone: "Lot 5" },
        { plate: "LIST005" },
        { plate: "LIST006" },
      ],
    });
    expect(created).toMatchObject({ state: "ready", rows: 6, refusedOnArrival: 2, waiting: 4 });
    expect(created.refusedRows?.map((row) => row.position)).toEqual([3, 4]);
    expect(created.refusedRows?.[0]?.fieldErrors?.plate?.[0]?.code).toBe("plate_not_alphanumeric");
    expect(created.refusedRows?.[1]?.refusal).toEqual({
      code: "zone_not_assigned",
      params: { zone: "Lot 5" },
    });
    expect(opscom.simulator.state.requests()).toHaveLength(0);

    // OPSCOM refuses the first row it is sent.
    opscom.simulator.setBehaviour({ mode: "reject", errorCode: 9033, times: 1 });
    expect((await setState(manager, created.id, "running")).status).toBe(200);
    await batchRunner.idle();

    const done = batchSchema.parse(
      await (await manager.request(`/api/batches/${created.id}`)).json(),
    );
    expect(done).toMatchObject({
      state: "done",
      sent: 4,
      issued: 3,
      refused: [{ opscomErrorCode: 9033, count: 1 }],
      unknown: 0,
      waiting: 0,
    });
    const plates = opscom.simulator.state.requests().map((request) => request.body);
    expect(plates).toHaveLength(4);
    expect(
      opscom.simulator.state
        .permits()
        .map((permit) => permit.body.LicencePlate)
        .sort(),
    ).toEqual(["LIST002", "LIST005", "LIST006"]);

    // Each row is a permit of the journal, as the form's would be.
    const history = permitPageSchema.parse(await (await manager.request("/api/permits")).json());
    expect(history.permits.map((permit) => permit.plate).sort()).toEqual([
      "LIST001",
      "LIST002",
      "LIST005",
      "LIST006",
    ]);

    const csv = await manager.request(`/api/batches/${created.id}/result.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const rows: Array<Record<string, string>> = parse(await csv.text(), { columns: true });
    expect(rows.map(({ row, plate, outcome, reason }) => [row, plate, outcome, reason])).toEqual([
      ["1", "LIST001", "rejected", "opscom_9033"],
      ["2", "LIST002", "issued", ""],
      ["3", "NOPLATE!", "refused", "plate_not_alphanumeric"],
      ["4", "LIST004", "refused", "zone_not_assigned"],
      ["5", "LIST005", "issued", ""],
      ["6", "LIST006", "issued", ""],
    ]);
    const references = opscom.simulator.state.permits().map((permit) => permit.referenceId);
    expect(
      rows
        .filter((row) => row.outcome === "issued")
        .map((row) => row.reference_id)
        .sort(),
    ).toEqual(references.sort());
  });

  it("sends nothing while paused, and the rest once resumed", async () => {
    const { manager, opscom, batchRunner } = await listApp(dialect);
    const created = await createList(manager, {
      values: listValues,
      rows: [{ plate: "PAUSE1" }, { plate: "PAUSE2" }],
    });
    expect((await setState(manager, created.id, "paused")).status).toBe(200);
    batchRunner.kick();
    await batchRunner.idle();
    expect(opscom.simulator.state.requests()).toHaveLength(0);

    expect((await setState(manager, created.id, "running")).status).toBe(200);
    await batchRunner.idle();
    expect(opscom.simulator.state.permits()).toHaveLength(2);

    const again = await setState(manager, created.id, "paused");
    expect(again.status).toBe(409);
    expect(apiErrorSchema.parse(await again.json()).error).toMatchObject({
      reason: "batch_state_unchanged",
      params: { state: "paused" },
    });
  });

  it("sends every row of a list paused here and resumed by another server, and only then calls it done", async () => {
    const { manager, opscom, batchRunner, batches } = await listApp(dialect);
    const created = await createList(manager, {
      values: listValues,
      rows: [{ plate: "AWAY1" }, { plate: "AWAY2" }],
    });
    expect((await setState(manager, created.id, "paused")).status).toBe(200);
    // Another server, sharing the database, resumes it; this one takes it on.
    expect(await batches.setState(created.id, "running", ["paused"])).toBe(true);
    batchRunner.kick();
    await batchRunner.idle();
    const done = batchSchema.parse(
      await (await manager.request(`/api/batches/${created.id}`)).json(),
    );
    expect(done).toMatchObject({ state: "done", issued: 2, waiting: 0 });
    expect(opscom.simulator.state.permits()).toHaveLength(2);
  });

  it("pauses when OPSCOM cannot be reached, and once resumed sends again the rows that never left", async () => {
    const { manager, opscom, batchRunner } = await listApp(dialect);
    await opscom.close();
    const created = await createList(manager, {
      values: listValues,
      rows: [{ plate: "DOWN1" }, { plate: "DOWN2" }, { plate: "DOWN3" }],
    });
    await setState(manager, created.id, "running");
    await batchRunner.idle();
    const paused = batchSchema.parse(
      await (await manager.request(`/api/batches/${created.id}`)).json(),
    );
    expect(paused).toMatchObject({ state: "paused", notSent: 1, sent: 0, waiting: 2 });

    const back = await startSimulatorServer({ port: opscom.port, tokens: [TEST_TOKEN] });
    simulators.push(back);
    await setState(manager, created.id, "running");
    await batchRunner.idle();
    const done = batchSchema.parse(
      await (await manager.request(`/api/batches/${created.id}`)).json(),
    );
    expect(done).toMatchObject({ state: "done", issued: 3, notSent: 0, waiting: 0 });
    expect(back.simulator.state.requests()).toHaveLength(3);
  });

  it("checks each row again as it is sent, and refuses one whose zone was taken out of use meanwhile", async () => {
    const { app, manager, opscom, batchRunner } = await listApp(dialect);
    const created = await createList(app, {
      values: listValues,
      rows: [{ plate: "STAYS1" }, { plate: "CLOSED2", zone: "Lot 5" }],
    });
    const zones = zoneListSchema.parse(await (await app.request("/api/zones")).json()).zones;
    const lot5 = zones.find((zone) => zone.name === "Lot 5");
    const closed = await app.request(`/api/zones/${lot5?.id}`, json({ active: false }, "PATCH"));
    expect(closed.status).toBe(200);
    await setState(app, created.id, "running");
    await batchRunner.idle();

    const done = batchSchema.parse(await (await app.request(`/api/batches/${created.id}`)).json());
    expect(done).toMatchObject({ state: "done", issued: 1, refusedOnArrival: 1, waiting: 0 });
    expect(opscom.simulator.state.requests()).toHaveLength(1);
    const csv = await app.request(`/api/batches/${created.id}/result.csv`);
    const rows: Array<Record<string, string>> = parse(await csv.text(), { columns: true });
    expect(rows.map(({ plate, outcome, reason }) => [plate, outcome, reason])).toEqual([
      ["STAYS1", "issued", ""],
      ["CLOSED2", "refused", "zone_not_at_site"],
    ]);
    expect((await manager.request(`/api/batches/${created.id}`)).status).toBe(404);
  });

  it("refuses the rows still to send once their author is disabled or loses the zone, sending OPSCOM nothing in their name", async () => {
    const { app, as, staffCookie, users, opscom, batchRunner } = await listApp(dialect);
    const lists = [];
    for (const username of ["leaves", "moved"]) {
      const author = as(await staffCookie({ role: "manager", zones: ["Lot 4"], username }));
      lists.push(
        await createList(author, { values: listValues, rows: [{ plate: `${username}1` }] }),
      );
    }
    const [leaves, moved] = await Promise.all(
      ["leaves", "moved"].map((u) => users.getByUsername(u)),
    );
    const lot5 = zoneListSchema
      .parse(await (await app.request("/api/zones")).json())
      .zones.find((zone) => zone.name === "Lot 5");
    const changes: Array<[string | undefined, unknown]> = [
      [leaves?.id, { disabled: true }],
      [moved?.id, { zones: [lot5?.name] }],
    ];
    for (const [id, change] of changes) {
      expect((await app.request(`/api/users/${id}`, json(change, "PATCH"))).status).toBe(200);
    }
    for (const list of lists) await setState(app, list.id, "running");
    await batchRunner.idle();

    expect(opscom.simulator.state.requests()).toHaveLength(0);
    for (const list of lists) {
      const done = batchSchema.parse(await (await app.request(`/api/batches/${list.id}`)).json());
      expect(done).toMatchObject({ state: "done", issued: 0, refusedOnArrival: 1, waiting: 0 });
      const csv = await app.request(`/api/batches/${list.id}/result.csv`);
      const rows: Array<Record<string, string>> = parse(await csv.text(), { columns: true });
      expect(rows.map(({ outcome, reason }) => [outcome, reason])).toEqual([
        ["refused", "zone_not_assigned"],
      ]);
    }
  });

  it("counts a row whose answer was lost as unknown, awaiting a finding like a form's permit, and never sends it again", async () => {
    const { manager, app, opscom, batchRunner } = await listApp(dialect);
    opscom.simulator.setBehaviour({ mode: "hang", createsPermit: true, times: 1 });
    const created = await createList(manager, {
      values: listValues,
      rows: [{ plate: "LOST1" }, { plate: "FOUND2" }],
    });
    await setState(manager, created.id, "running");
    await batchRunner.idle();
    const done = batchSchema.parse(
      await (await manager.request(`/api/batches/${created.id}`)).json(),
    );
    expect(done).toMatchObject({ state: "done", issued: 1, unknown: 1, waiting: 0 });

    const unconfirmed = permitPageSchema.parse(
      await (await app.request("/api/permits?state=unknown")).json(),
    );
    expect(unconfirmed.permits.map((permit) => permit.plate)).toEqual(["LOST1"]);

    // Its result gives the row a reason, as each row has a reference or a reason.
    const csv = await (await manager.request(`/api/batches/${created.id}/result.csv`)).text();
    const rows: Array<Record<string, string>> = parse(csv, { columns: true });
    expect(rows.map(({ row, outcome, reason }) => [row, outcome, reason])).toEqual([
      ["1", "unknown", "opscom_unconfirmed"],
      ["2", "issued", ""],
    ]);

    // Started again, the list has nothing left to send.
    batchRunner.kick();
    await batchRunner.idle();
    expect(opscom.simulator.state.requests()).toHaveLength(2);
  });

  it("keeps the list's own row numbers when rows were left out, in its preview, its refusals and its result", async () => {
    const { manager, batchRunner } = await listApp(dialect);
    const body = {
      values: listValues,
      rows: [
        { row: 2, plate: "KEEP2" },
        { row: 5, plate: "bad plate!" },
        { row: 9, plate: "KEEP9" },
      ],
    };
    const preview = batchPreviewSchema.parse(
      await (await manager.request("/api/batches/preview", json(body))).json(),
    );
    expect(preview.rows.map((row) => row.position)).toEqual([2, 5, 9]);
    const created = await createList(manager, body);
    expect(created.refusedRows?.map((row) => row.position)).toEqual([5]);
    await setState(manager, created.id, "running");
    await batchRunner.idle();
    const csv = await (await manager.request(`/api/batches/${created.id}/result.csv`)).text();
    const rows: Array<Record<string, string>> = parse(csv, { columns: true });
    expect(rows.map(({ row, outcome }) => [row, outcome])).toEqual([
      ["2", "issued"],
      ["5", "refused"],
      ["9", "issued"],
    ]);

    const unordered = await manager.request(
      "/api/batches/preview",
      json({
        values: listValues,
        rows: [
          { row: 3, plate: "A1" },
          { row: 3, plate: "B2" },
        ],
      }),
    );
    expect(unordered.status).toBe(422);
  });

  it("shows every refused field of a row at once, the site's currency among them", async () => {
    const { manager } = await listApp(dialect);
    const response = await manager.request(
      "/api/batches/preview",
      json({
        values: listValues,
        rows: [{ plate: "TWO1", amount: "3.505", currency: "EUR", zone: "Lot 99" }],
      }),
    );
    const preview = batchPreviewSchema.parse(await response.json());
    const errors = preview.rows[0]?.fieldErrors ?? {};
    expect(Object.keys(errors).sort()).toEqual(["amount", "currency", "zone"]);
    expect(errors.currency?.[0]?.code).toBe("currency_not_offered");
    expect(errors.zone?.[0]?.code).toBe("zone_not_at_site");
  });

  it("gives a paused list neither a rate nor a time left, as its pause is no time spent sending", async () => {
    const { manager, opscom, batchRunner } = await listApp(dialect);
    opscom.simulator.setBehaviour({ mode: "slow", delayMs: 200 });
    const created = await createList(manager, {
      values: listValues,
      rows: ["SLOW1", "SLOW2", "SLOW3", "SLOW4", "SLOW5", "SLOW6"].map((plate) => ({ plate })),
    });
    await setState(manager, created.id, "running");
    const read = async () =>
      batchSchema.parse(await (await manager.request(`/api/batches/${created.id}`)).json());
    let running = await read();
    while (running.issued === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      running = await read();
    }
    expect(running.secondsLeft).toBeGreaterThan(0);
    expect((await setState(manager, created.id, "paused")).status).toBe(200);
    await batchRunner.idle();
    const paused = await read();
    expect(paused.state).toBe("paused");
    expect(paused.waiting).toBeGreaterThan(0);
    expect(paused.ratePerSecond).toBeUndefined();
    expect(paused.secondsLeft).toBeUndefined();
  });

  it("previews each row as the form checks it, marking repeated, look-alike and already-held plates, with totals", async () => {
    const { manager } = await listApp(dialect);
    expect((await postPermit(manager, { ...validDraft, plate: "HELD1" })).status).toBe(201);
    const response = await manager.request(
      "/api/batches/preview",
      json({
        values: listValues,
        rows: [
          { plate: "HELD1" },
          { plate: "ABC123" },
          { plate: "ABC123" },
          { plate: "ABCI23" },
          { plate: "" },
          { plate: "FREE1", amount: "" },
        ],
      }),
    );
    expect(response.status).toBe(200);
    const preview = batchPreviewSchema.parse(await response.json());
    expect(preview.rows.map((row) => row.warnings)).toEqual([
      [{ code: "plate_has_active_permit", params: { zone: "Lot 4" } }],
      [],
      [{ code: "plate_repeated_in_list", params: { position: 2 } }],
      [{ code: "plate_looks_alike_in_list", params: { plate: "ABC123", position: 2 } }],
      [],
      [],
    ]);
    expect(preview.rows[4]?.fieldErrors?.plate?.[0]?.code).toBe("plate_required");
    expect(preview.totals).toEqual({
      rows: 6,
      toIssue: 5,
      refused: 1,
      warned: 3,
      amounts: [{ currency: "CAD", amount: "72.50" }],
    });
  });

  it("answers other requests while it checks and previews a list of 10,000 rows, and still finds the plate already held", async () => {
    const { manager } = await listApp(dialect);
    const rows = Array.from({ length: 10_000 }, (_, n) => ({ plate: `TURN${n}` }));
    expect((await postPermit(manager, { ...validDraft, plate: "TURN7" })).status).toBe(201);
    // Each turn of the event loop while the list is checked is a moment other requests are
    // answered: on SQLite, whose queries run on this thread, none at all unless the work yields.
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const response = await manager.request(
      "/api/batches/preview",
      json({ values: listValues, rows }),
    );
    counting = false;
    expect(response.status).toBe(200);
    const preview = batchPreviewSchema.parse(await response.json());
    expect(preview.rows[7]?.warnings).toEqual([
      { code: "plate_has_active_permit", params: { zone: "Lot 4" } },
    ]);
    expect(preview.totals.warned).toBe(1);
    // A turn between every 250 rows checked, and between the 500-plate queries for held permits.
    expect(turns).toBeGreaterThanOrEqual(10_000 / 250 - 1 + (10_000 / 500 - 1));
  });

  it("gives a refused row's plate in its result as text a spreadsheet does not run", async () => {
    const { manager } = await listApp(dialect);
    const created = await createList(manager, {
      values: listValues,
      rows: [{ plate: '=HYPERLINK("http://x","y")' }, { plate: "@SUM(1)" }, { plate: "+1" }],
    });
    const csv = await (await manager.request(`/api/batches/${created.id}/result.csv`)).text();
    const rows = parse(csv, { columns: true }) as Array<{ plate: string; outcome: string }>;
    expect(rows.map((row) => [row.plate, row.outcome])).toEqual([
      ['\'=HYPERLINK("HTTP://X","Y")', "refused"],
      ["'@SUM(1)", "refused"],
      ["'+1", "refused"],
    ]);
  });

  it("shows a manager only the lists whose zones are all theirs", async () => {
    const { app, manager } = await listApp(dialect);
    const elsewhere = await createList(app, {
      values: { ...listValues, zone: "Lot 5" },
      rows: [{ plate: "OTHER1" }],
    });
    const own = await createList(manager, { values: listValues, rows: [{ plate: "MINE1" }] });
    expect((await manager.request(`/api/batches/${elsewhere.id}`)).status).toBe(404);
    expect((await setState(manager, elsewhere.id, "running")).status).toBe(404);
    expect((await manager.request(`/api/batches/${elsewhere.id}/result.csv`)).status).toBe(404);
    const listed = batchListSchema.parse(await (await manager.request("/api/batches")).json());
    expect(listed.batches.map((batch) => batch.id)).toEqual([own.id]);
    const all = batchListSchema.parse(await (await app.request("/api/batches")).json());
    expect(all.batches.map((batch) => batch.id).sort()).toEqual([own.id, elsewhere.id].sort());
  });

  it("shows a list whose every row was refused to its author alone, not to every manager", async () => {
    const { as, staffCookie, manager } = await listApp(dialect);
    const other = as(await staffCookie({ role: "manager", zones: ["Lot 5"] }));
    // Rows in a zone not the author's: all refused, so the list has no zone of its own.
    const refused = await createList(manager, {
      values: { ...listValues, zone: "Lot 5" },
      rows: [{ plate: "SECRET1" }],
    });
    expect(refused).toMatchObject({ zones: [], refusedOnArrival: 1 });
    expect((await manager.request(`/api/batches/${refused.id}`)).status).toBe(200);
    expect((await other.request(`/api/batches/${refused.id}`)).status).toBe(404);
    expect((await other.request(`/api/batches/${refused.id}/result.csv`)).status).toBe(404);
    expect((await setState(other, refused.id, "paused")).status).toBe(404);
  });
});

describe("a list's rows", () => {
  it("go to OPSCOM as many at once as OPSCOM_MAX_CONCURRENCY says", async () => {
    const concurrency = 3;
    // With fewer than three at once, OPSCOM would never answer and the list never end.
    let open: ServerResponse[] = [];
    let most = 0;
    // OPSCOM answers only once three creates wait at once, then all three.
    const opscom = await startRecordingServer((_request, response) => {
      open.push(response);
      most = Math.max(most, open.length);
      if (open.length < concurrency) return;
      const answering = open;
      open = [];
      for (const waiting of answering) {
        answerJson(waiting, 200, { status: "success", reference_id: `ref-${crypto.randomUUID()}` });
      }
    });
    closers.push(opscom.close);
    const { app, batchRunner } = await testApp({
      baseUrl: opscom.url,
      env: { OPSCOM_MAX_CONCURRENCY: String(concurrency) },
    });
    const created = await createList(app, {
      values: listValues,
      rows: Array.from({ length: concurrency * 4 }, (_, n) => ({ plate: `SPREAD${n}` })),
    });
    await setState(app, created.id, "running");
    await batchRunner.idle();
    expect(opscom.requests).toHaveLength(concurrency * 4);
    expect(most).toBe(concurrency);
    const done = batchSchema.parse(await (await app.request(`/api/batches/${created.id}`)).json());
    expect(done).toMatchObject({ state: "done", issued: concurrency * 4 });
  });
});

describe("a list paused by another server", () => {
  it("stops here within the check's interval, not at the end of the rows this server had taken", async () => {
    let pauseElsewhere = async () => {};
    const opscom = await startRecordingServer((_request, response) => {
      const answer = () =>
        answerJson(response, 200, { status: "success", reference_id: crypto.randomUUID() });
      // While the third row is with OPSCOM, another server pauses the list; OPSCOM answers late.
      if (opscom.requests.length !== 3) return answer();
      void pauseElsewhere().then(() => setTimeout(answer, 2 * BATCH_STATE_CHECK_MS));
    });
    closers.push(opscom.close);
    const { app, batches, batchRunner } = await testApp({
      baseUrl: opscom.url,
      env: { OPSCOM_MAX_CONCURRENCY: "1" },
    });
    const created = await createList(app, {
      values: listValues,
      rows: Array.from({ length: 30 }, (_, n) => ({ plate: `ELSE${n}` })),
    });
    pauseElsewhere = async () => {
      expect(await batches.setState(created.id, "paused", ["running"])).toBe(true);
    };
    await setState(app, created.id, "running");
    await batchRunner.idle();
    expect(opscom.requests).toHaveLength(3);
    const paused = batchSchema.parse(
      await (await app.request(`/api/batches/${created.id}`)).json(),
    );
    expect(paused).toMatchObject({ state: "paused", issued: 3, waiting: 27 });
  });
});

describe("lists and the day at a glance", () => {
  it("refuse a validator every route with 403", async () => {
    const { as, staffCookie, app } = await listApp("sqlite");
    const validator = as(await staffCookie({ role: "validator", zones: ["Lot 4"] }));
    const created = await createList(app, { values: listValues, rows: [{ plate: "V1" }] });
    const calls: Array<[string, RequestInit?]> = [
      ["/api/batches/preview", json({ rows: [{ plate: "V1" }] })],
      ["/api/batches", json({ rows: [{ plate: "V1" }] })],
      ["/api/batches"],
      [`/api/batches/${created.id}`],
      [`/api/batches/${created.id}/state`, json({ state: "running" })],
      [`/api/batches/${created.id}/result.csv`],
      ["/api/day"],
      ["/api/day/opscom-counts"],
    ];
    for (const [path, init] of calls) {
      const response = await validator.request(path, init);
      expect(response.status, path).toBe(403);
      expect(apiErrorSchema.parse(await response.json()).error.reason, path).toBe("managers_only");
    }
  });

  // Parsing and walking a million values held the one thread for about a second; counting them
  // in the text takes milliseconds.
  it("refuse a list of a million tiny rows as too large, before reading any of them", async () => {
    const { manager } = await listApp("sqlite");
    for (const row of ["{}", "1"]) {
      const body = `{"rows":[${Array(1_000_000).fill(row).join(",")}]}`;
      expect(body.length).toBeLessThan(4 * 1024 * 1024);
      const response = await manager.request("/api/batches/preview", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body,
      });
      expect(response.status, row).toBe(413);
      expect(apiErrorSchema.parse(await response.json()).error.reason).toBe("request_too_large");
    }
  }, 30_000);

  it("take a list of 10,000 rows, larger than any other request", async () => {
    const { manager } = await listApp("sqlite");
    // Every field of every row given: the most values a list holds.
    const full = await manager.request(
      "/api/batches/preview",
      json({
        values: listValues,
        rows: Array.from({ length: 10_000 }, (_, n) => ({
          ...validDraft,
          plate: `FULL${n}`,
          permitNo: `P${n}`,
        })),
      }),
    );
    expect(full.status).toBe(200);
    const rows = Array.from({ length: 10_000 }, (_, n) => ({ plate: `BIG${n}` }));
    const response = await manager.request(
      "/api/batches/preview",
      json({ values: listValues, rows }),
    );
    expect(response.status).toBe(200);
    const tooMany = await manager.request(
      "/api/batches/preview",
      json({ values: listValues, rows: [...rows, { plate: "ONEMORE" }] }),
    );
    expect(tooMany.status).toBe(422);
  }, 30_000);
});
