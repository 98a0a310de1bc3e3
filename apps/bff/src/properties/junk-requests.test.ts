import { permitDraftSchema } from "@permit-desk/schema";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { answerJson, recordingServersPerTest } from "../testing/recording-server.ts";
import { signInAsStaff } from "../testing/staff-session.ts";
import { postPermit, testApp, validDraft } from "../testing/test-app.ts";

const recordingServer = recordingServersPerTest(afterEach);

type ApiRoute = { method: string; path: string };

const ANY_METHOD = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const BODYLESS = new Set(["GET", "HEAD"]);

/** Every `/api` route the app has, read from the app itself so that a new route is fuzzed too. */
function apiRoutes(routes: ReadonlyArray<{ method: string; path: string }>): ApiRoute[] {
  const seen = new Map<string, ApiRoute>();
  for (const { method, path } of routes) {
    if (!path.startsWith("/api/")) continue;
    const methods = method === "ALL" ? ANY_METHOD : [method];
    for (const each of methods) seen.set(`${each} ${path}`, { method: each, path });
  }
  return [...seen.values()];
}

const printable = (maxLength: number) =>
  fc.string({
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
    maxLength,
  });

/** Path parameters and wildcards filled with whatever a client might put there. */
function filledPath(path: string) {
  const holes = path.match(/:[A-Za-z_]+(\{[^}]*\})?|\*/g) ?? [];
  return fc
    .tuple(...holes.map(() => fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), printable(300))))
    .map((values) => {
      let filled = path;
      for (const value of values)
        filled = filled.replace(/:[A-Za-z_]+(\{[^}]*\})?|\*/, encodeURIComponent(value) || "%20");
      return filled;
    });
}

function asJsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch {
    return String(value);
  }
}

const notText = fc.anything().filter((value) => typeof value !== "string" && value !== undefined);
const validDraftText = JSON.stringify(validDraft);

const junkBody = fc.oneof(
  fc.anything().map(asJsonText),
  fc.jsonValue().map(asJsonText),
  fc.string({ maxLength: 200 }),
  fc.integer({ min: 1, max: validDraftText.length - 1 }).map((end) => validDraftText.slice(0, end)),
  fc.constantFrom("", "{", "[", "null", "{}", "[]", '"text"', "{'plate': 'x'}", "\u0000"),
  fc
    .record(
      {
        plate: fc.anything(),
        zone: fc.anything(),
        validFrom: fc.anything(),
        validUntil: fc.anything(),
        amount: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map(asJsonText),
  fc
    .tuple(fc.constantFrom(...Object.keys(validDraft)), notText)
    .map(([field, value]) => asJsonText({ ...validDraft, [field]: value })),
  fc
    .integer({ min: 60_000, max: 200_000 })
    .map((size) => JSON.stringify({ ...validDraft, permitNo: "9".repeat(size) })),
);

/** Mostly JSON, so that much of the junk gets past the door to the handlers. */
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8") },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      undefined,
      "APPLICATION/JSON",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=permit",
      "application/jsonx",
    ),
  },
  { weight: 1, arbitrary: printable(60) },
);

const oddHeaders = fc.record(
  {
    "idempotency-key": fc.oneof(fc.uuid(), printable(200), fc.constant("")),
    origin: fc.oneof(
      fc.constantFrom("http://localhost", "null", "http://evil.test"),
      printable(40),
    ),
    "sec-fetch-site": fc.constantFrom("same-origin", "cross-site", "none", "same-site"),
    accept: printable(40),
    "content-encoding": fc.constantFrom("gzip", "identity"),
  },
  { requiredKeys: [] },
);

const query = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom("cursor", "limit", "plate", "state", "zone", "from", "until"),
      printable(10),
    ),
    fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String)),
    { maxKeys: 4 },
  )
  .map((params) => {
    const search = new URLSearchParams(params).toString();
    return search === "" ? "" : `?${search}`;
  });

describe("junk sent to every /api route", () => {
  it("never gets a 5xx and never reaches OPSCOM or the journal", async () => {
    const opscom = await recordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "ref-junk" }),
    );
    const { app, journal } = await testApp({ baseUrl: opscom.url });
    const send = (path: string, init?: RequestInit) => Promise.resolve(app.request(path, init));
    const staff = await signInAsStaff(send);
    // Signing out would end the session every later request relies on.
    const routes = apiRoutes(app.routes).filter(
      (route) => !(route.method === "DELETE" && route.path === "/api/session"),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: "POST", path: "/api/permits" },
        { method: "GET", path: "/api/permits/:id" },
        { method: "POST", path: "/api/permits/:id/reconciliations" },
        { method: "POST", path: "/api/permits/:id/changes" },
        { method: "POST", path: "/api/permits/:id/changes/:changeId/reconciliations" },
      ]),
    );

    const junkRequest = fc.constantFrom(...routes).chain((route) =>
      fc.record({
        method: fc.constant(route.method),
        path: filledPath(route.path),
        query,
        body: junkBody,
        contentType,
        headers: oddHeaders,
      }),
    );

    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(junkRequest, async (request) => {
        const headers = new Headers({ ...staff, ...request.headers });
        if (request.contentType !== undefined) headers.set("content-type", request.contentType);
        const response = await send(`${request.path}${request.query}`, {
          method: request.method,
          headers,
          ...(!BODYLESS.has(request.method) && { body: request.body }),
        });
        await response.arrayBuffer();
        statuses.add(response.status);
        expect(response.status).toBeLessThan(500);
        expect(opscom.requests).toHaveLength(0);
      }),
      { numRuns: 400 },
    );

    // The junk got past the guards into the handlers, not only bounced at the door.
    expect([...statuses]).toEqual(expect.arrayContaining([400, 403, 404, 415]));
    expect((await journal.list({ limit: 1 })).entries).toHaveLength(0);
  });

  it("sent as a permit, signed in and under a fresh key, never gets a 5xx and never reaches OPSCOM unless it is a draft the form accepts", async () => {
    const opscom = await recordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "ref-junk" }),
    );
    const { app } = await testApp({ baseUrl: opscom.url });
    const statuses = new Set<number>();

    await fc.assert(
      fc.asyncProperty(junkBody, async (body) => {
        const sentBefore = opscom.requests.length;
        const response = await postPermit(app, body);
        await response.arrayBuffer();
        statuses.add(response.status);
        expect(response.status).toBeLessThan(500);
        if (!isAcceptableDraft(body)) expect(opscom.requests).toHaveLength(sentBefore);
      }),
      { numRuns: 300 },
    );

    expect([...statuses]).toEqual(expect.arrayContaining([400, 422]));
  });
});

function isAcceptableDraft(body: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return false;
  }
  const parsed = permitDraftSchema.safeParse(value);
  return parsed.success && ["Lot 4", "Lot 5"].includes(parsed.data.zone);
}
