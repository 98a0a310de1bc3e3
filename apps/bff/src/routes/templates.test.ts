import { apiErrorSchema, templateListSchema, templateSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
import { type TestClient, testApp } from "../testing/test-app.ts";

const send = (client: TestClient, method: string, path: string, body?: unknown) =>
  client.request(path, {
    method,
    headers: { "Content-Type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });

const guest = { name: "Guest 2 h", zone: "Lot 4", duration: { kind: "hours", hours: 2 } };
const overnight = {
  name: "Overnight",
  zone: "Lot 5",
  duration: { kind: "nextDayAt", time: "09:00" },
  amount: "12.5",
  currency: "CAD",
  permitNumberPattern: "L5-{yyyy}{mm}{dd}-{plate}",
};

async function listOf(client: TestClient) {
  const response = await client.request("/api/templates");
  expect(response.status).toBe(200);
  return templateListSchema.parse(await response.json()).templates;
}

async function created(client: TestClient, body: unknown) {
  const response = await send(client, "POST", "/api/templates", body);
  expect(response.status, await response.clone().text()).toBe(201);
  return templateSchema.parse(await response.json());
}

/** The answer's reason, its parameters and its field problems, as one text to match. */
async function problemsOf(response: Response) {
  const { reason, params, fieldErrors } = apiErrorSchema.parse(await response.json()).error;
  return JSON.stringify({ reason, params, fieldErrors });
}

async function reasonOf(response: Response) {
  const { reason, params } = apiErrorSchema.parse(await response.json()).error;
  return { reason, params };
}

describe.each(testDialects())("/api/templates on %s", (dialect) => {
  const app = (env?: Record<string, string>) =>
    testApp({ baseUrl: "http://127.0.0.1:9", dialect, ...(env !== undefined && { env }) });

  it("POST /api/templates creates a template that GET /api/templates lists numbered", async () => {
    const { app: admin } = await app();
    const first = await created(admin, guest);
    expect(first).toEqual({
      id: expect.any(String),
      number: 1,
      name: "Guest 2 h",
      zone: "Lot 4",
      duration: { kind: "hours", hours: 2 },
      active: true,
      position: 0,
    });
    const second = await created(admin, overnight);
    expect(second).toMatchObject({ number: 2, amount: "12.50", currency: "CAD", position: 1 });
    expect(await listOf(admin)).toEqual([first, second]);
  });

  it("GET /api/templates orders by position then name, numbering only what can be applied", async () => {
    const { app: admin } = await app();
    const b = await created(admin, { ...guest, name: "B visitor" });
    const a = await created(admin, { ...guest, name: "A contractor" });
    const c = await created(admin, { ...guest, name: "C courier" });
    expect((await send(admin, "PATCH", `/api/templates/${a.id}`, { position: 0 })).status).toBe(
      200,
    );
    expect((await send(admin, "PATCH", `/api/templates/${b.id}`, { active: false })).status).toBe(
      200,
    );
    const list = await listOf(admin);
    expect(list.map((template) => [template.name, template.number])).toEqual([
      ["A contractor", 1],
      ["B visitor", undefined],
      ["C courier", 2],
    ]);
    expect(c.position).toBe(2);
  });

  it("GET /api/templates shows a validator only the templates in use in their active zones, numbered from 1", async () => {
    const { app: admin, as, staffCookie, zones } = await app({ ZONES: "Lot 4,Lot 5,Lot 6" });
    await created(admin, guest);
    const old = await created(admin, { ...guest, name: "Old guest" });
    await send(admin, "PATCH", `/api/templates/${old.id}`, { active: false });
    await created(admin, overnight);
    await created(admin, { ...guest, zone: "Lot 6", name: "Lot 6 guest" });
    const lot6 = (await zones.list()).find((zone) => zone.name === "Lot 6");
    await zones.update(lot6?.id ?? "", { active: false }, { userId: null, label: "test" });

    const validator = as(await staffCookie({ role: "validator", zones: ["Lot 5", "Lot 6"] }));
    expect(
      (await listOf(validator)).map((template) => [template.number, template.name, template.zone]),
    ).toEqual([[1, "Overnight", "Lot 5"]]);

    const manager = as(await staffCookie({ role: "manager", zones: ["Lot 4", "Lot 6"] }));
    expect(
      (await listOf(manager)).map((template) => [template.number, template.name, template.active]),
    ).toEqual([
      [1, "Guest 2 h", true],
      [undefined, "Old guest", false],
      [undefined, "Lot 6 guest", true],
    ]);
    expect((await listOf(admin)).map((template) => template.number)).toEqual([
      1,
      undefined,
      2,
      undefined,
    ]);
  });

  it("PUT /api/templates/:id replaces a template and audits before → after", async () => {
    const { app: admin, audit } = await app();
    const template = await created(admin, guest);
    const replaced = await send(admin, "PUT", `/api/templates/${template.id}`, {
      ...guest,
      name: "Guest 3 h",
      duration: { kind: "hours", hours: 3 },
      amount: "5",
      currency: "USD",
    });
    expect(replaced.status).toBe(200);
    expect(templateSchema.parse(await replaced.json())).toMatchObject({
      id: template.id,
      number: 1,
      name: "Guest 3 h",
      amount: "5.00",
      currency: "USD",
    });
    const events = await audit.list({ subject: { type: "template", id: template.id } });
    expect(events.map((event) => [event.action, event.actor.label])).toEqual([
      ["template.update", "desk.admin"],
      ["template.create", "desk.admin"],
    ]);
    expect(events[0]?.changes).toEqual({
      name: { before: "Guest 2 h", after: "Guest 3 h" },
      duration: { before: "hours:2", after: "hours:3" },
      amount: { before: null, after: "5.00" },
      currency: { before: null, after: "USD" },
    });
  });

  it("PATCH /api/templates/:id takes a template out of use and back, audited", async () => {
    const { app: admin, audit } = await app();
    const template = await created(admin, guest);
    const off = await send(admin, "PATCH", `/api/templates/${template.id}`, { active: false });
    expect(templateSchema.parse(await off.json())).toMatchObject({ active: false });
    expect((await listOf(admin))[0]?.number).toBeUndefined();
    const on = await send(admin, "PATCH", `/api/templates/${template.id}`, { active: true });
    expect(templateSchema.parse(await on.json())).toMatchObject({ active: true, number: 1 });
    const changes = (await audit.list({ action: "template.update" })).map(
      (event) => event.changes?.active,
    );
    expect(changes).toEqual([
      { before: false, after: true },
      { before: true, after: false },
    ]);
  });

  it("refuses a second template of the same name in a zone with 409; another zone may use the name", async () => {
    const { app: admin } = await app();
    await created(admin, guest);
    const again = await send(admin, "POST", "/api/templates", { ...guest, name: "guest 2 H" });
    expect(again.status).toBe(409);
    expect(await reasonOf(again)).toEqual({
      reason: "template_name_taken",
      params: { zone: "Lot 4", name: "guest 2 H" },
    });
    await created(admin, { ...guest, zone: "Lot 5" });
    const other = await created(admin, { ...guest, name: "Other" });
    const renamed = await send(admin, "PUT", `/api/templates/${other.id}`, guest);
    expect(renamed.status).toBe(409);
  });

  it("answers 422 to unknown fields, bad patterns, unknown zones and currencies, changing nothing", async () => {
    const { app: admin } = await app();
    const template = await created(admin, guest);
    const refusals: Array<[method: string, path: string, body: unknown, message: RegExp]> = [
      ["POST", "/api/templates", { ...guest, colour: "blue" }, /colour/],
      ["POST", "/api/templates", { ...guest, permitNumberPattern: "{date}" }, /\{date\}/],
      [
        "PUT",
        `/api/templates/${template.id}`,
        { ...guest, permitNumberPattern: "L4-{plate" },
        /pattern_unclosed_brace.*"fragment":"\{plate"/,
      ],
      [
        "POST",
        "/api/templates",
        { ...guest, permitNumberPattern: `${"X".repeat(30)}{plate}` },
        /"pattern_too_long".*"length":55/,
      ],
      ["POST", "/api/templates", { ...guest, zone: "Lot 9" }, /zone_name_unknown.*"zone":"Lot 9"/],
      ["POST", "/api/templates", { ...guest, amount: "5", currency: "EUR" }, /CAD, USD/],
      ["POST", "/api/templates", { ...guest, amount: "5" }, /currency/],
      ["PUT", `/api/templates/${template.id}`, { name: "Only a name" }, /./],
      ["PATCH", `/api/templates/${template.id}`, { name: "Other" }, /name/],
      ["PATCH", `/api/templates/${template.id}`, { active: "no" }, /template_active_not_boolean/],
    ];
    for (const [method, path, body, message] of refusals) {
      const response = await send(admin, method, path, body);
      expect(response.status, `${method} ${JSON.stringify(body)}`).toBe(422);
      expect(await problemsOf(response)).toMatch(message);
    }
    expect(await listOf(admin)).toEqual([template]);
  });

  it("answers 404 to a template that does not exist", async () => {
    const { app: admin } = await app();
    expect((await send(admin, "PUT", "/api/templates/missing", guest)).status).toBe(404);
    expect((await send(admin, "PATCH", "/api/templates/missing", { active: false })).status).toBe(
      404,
    );
  });

  it("lets a manager manage their own zones' templates only, with 403 and a reason otherwise", async () => {
    const { app: admin, as, staffCookie } = await app();
    const theirs = await created(admin, overnight);
    const manager = as(await staffCookie({ role: "manager", zones: ["Lot 4"] }));
    const own = await created(manager, guest);
    expect(own.zone).toBe("Lot 4");
    const edited = await send(manager, "PUT", `/api/templates/${own.id}`, {
      ...guest,
      duration: { kind: "endOfDay" },
    });
    expect(edited.status).toBe(200);

    const elsewhere = await send(manager, "POST", "/api/templates", { ...guest, zone: "Lot 5" });
    expect(elsewhere.status).toBe(403);
    expect(await reasonOf(elsewhere)).toEqual({
      reason: "template_zone_not_yours",
      params: { zone: "Lot 5" },
    });
    const moved = await send(manager, "PUT", `/api/templates/${own.id}`, {
      ...guest,
      zone: "Lot 5",
    });
    expect(moved.status).toBe(403);
    const foreign = [
      await send(manager, "PUT", `/api/templates/${theirs.id}`, { ...overnight, zone: "Lot 4" }),
      await send(manager, "PATCH", `/api/templates/${theirs.id}`, { active: false }),
    ];
    expect(foreign.map((response) => response.status)).toEqual([403, 403]);
    expect((await listOf(admin)).find((template) => template.id === theirs.id)).toEqual(theirs);
  });

  it("answers 403 to a validator on every change, whatever the zone", async () => {
    const { app: admin, as, staffCookie } = await app();
    const template = await created(admin, guest);
    const validator = as(await staffCookie({ role: "validator", zones: ["Lot 4"] }));
    const answers = [
      await send(validator, "POST", "/api/templates", guest),
      await send(validator, "PUT", `/api/templates/${template.id}`, guest),
      await send(validator, "PATCH", `/api/templates/${template.id}`, { active: false }),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([403, 403, 403]);
    expect(await reasonOf(answers[0] ?? new Response())).toEqual({
      reason: "templates_not_allowed",
      params: undefined,
    });
    expect(await listOf(admin)).toEqual([template]);
  });
});
