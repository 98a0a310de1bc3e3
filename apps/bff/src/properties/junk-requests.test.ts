import { apiErrorSchema, permitDraftSchema } from "@permit-desk/schema";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
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

/**
 * Characters no database should hold, which PostgreSQL refuses outright (NUL) or a driver
 * mangles (a lone surrogate), and the ones only a broken or probing client sends.
 */
const unacceptableChar = fc.constantFrom(
  "\u0000",
  "\u0001",
  "\u001B",
  "\u007F",
  "\u0085",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
  "\uFDD0",
  "\u{10FFFF}",
);

/** Ordinary text with such characters in it: at the end (a plate prefix), the start, anywhere. */
const hostileText = fc
  .tuple(
    fc.string({ maxLength: 12 }),
    fc.array(unacceptableChar, { minLength: 1, maxLength: 3 }),
    fc.string({ maxLength: 12 }),
  )
  .map(([before, chars, after]) => `${before}${chars.join("")}${after}`);

/**
 * Percent-encoded as a client would send it: UTF-8, and a lone surrogate as the three bytes a
 * careless encoder (WTF-8, CESU-8) writes for it, which `encodeURIComponent` refuses to.
 */
function percentEncoded(text: string): string {
  let encoded = "";
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
      encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
    } else {
      encoded += encodeURIComponent(char);
    }
  }
  return encoded;
}

/** JSON nested past any limit, and far past the stack of a recursive walk. */
const deepJson = fc
  .tuple(fc.integer({ min: 33, max: 5000 }), fc.constantFrom("[", '{"a":', '{"plate":['))
  .map(([depth, open]) => {
    const close = open === "[" ? "]" : open === '{"a":' ? "}" : "]}";
    return `${open.repeat(depth)}"AB123"${close.repeat(depth)}`;
  });

/** Path parameters and wildcards filled with whatever a client might put there. */
function filledPath(path: string) {
  const holes = path.match(/:[A-Za-z_]+(\{[^}]*\})?|\*/g) ?? [];
  return fc
    .tuple(
      ...holes.map(() =>
        fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), printable(300), hostileText),
      ),
    )
    .map((values) => {
      let filled = path;
      for (const value of values)
        filled = filled.replace(/:[A-Za-z_]+(\{[^}]*\})?|\*/, percentEncoded(value) || "%20");
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

/**
 * Text a person never types but the database may hold, which an answer might repeat: line
 * breaks, direction overrides, and lengths far past any field's.
 */
const oddText = fc.oneof(
  fc.constantFrom("a\tb", "line\nbreak", "\r\n", "\u202Eevil", "\u2066x\u2069", "\u200F"),
  fc.string({ minLength: 201, maxLength: 3000 }),
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.constantFrom("\n", "\t", "\u202E"))
    .map(([text, odd]) => `${text}${odd}${text}`),
);

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
  deepJson,
  deepJson.map((deep) => JSON.stringify({ ...validDraft, permitNo: "x" }).replace('"x"', deep)),
  fc
    .tuple(fc.constantFrom(...Object.keys(validDraft)), hostileText)
    .map(([field, value]) => JSON.stringify({ ...validDraft, [field]: value })),
  fc
    .tuple(hostileText, hostileText)
    .map(([name, value]) => JSON.stringify({ ...validDraft, [name]: value })),
  fc
    .dictionary(oddText, fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 40 })
    .map((odd) => JSON.stringify({ ...validDraft, ...odd })),
  fc
    .record(
      {
        name: oddText,
        zone: oddText,
        permitNumberPattern: oddText.map((text) => `{${text}}`),
        zones: fc.array(oddText, { maxLength: 30 }),
        username: oddText,
      },
      { requiredKeys: [] },
    )
    .map((body) => JSON.stringify(body)),
  fc
    .record(
      {
        username: fc.oneof(hostileText, fc.constant("desk.admin")),
        password: fc.oneof(hostileText, fc.string({ maxLength: 20 })),
        name: hostileText,
        note: hostileText,
        reason: hostileText,
        changes: fc.record({ plate: hostileText, zone: hostileText }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    )
    .map((body) => JSON.stringify(body)),
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

const queryName = fc.oneof(
  fc.constantFrom("cursor", "limit", "plate", "state", "zone", "from", "until", "actor", "action"),
  printable(10),
  hostileText,
);

const queryValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer().map(String),
  hostileText,
  oddText,
);

const query = fc.array(fc.tuple(queryName, queryValue), { maxLength: 4 }).map((pairs) => {
  const search = pairs
    .map(([name, value]) => `${percentEncoded(name)}=${percentEncoded(value)}`)
    .join("&");
  return search === "" ? "" : `?${search}`;
});

/**
 * An error answer's body against the contract: every code in its list, every text parameter one
 * short line. What did not parse, for the failure's message; nothing when it did.
 */
function contractBreaches(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [`not JSON: ${body.slice(0, 200)}`];
  }
  const checked = apiErrorSchema.safeParse(parsed);
  return checked.success
    ? []
    : [`${JSON.stringify(checked.error.issues)} in ${body.slice(0, 400)}`];
}

/** The stable code of an error answer, when the body is one. */
function codeOf(body: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    const error =
      typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "error") : undefined;
    const code =
      typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
    return typeof code === "string" ? code : undefined;
  } catch {
    return undefined;
  }
}

describe.each(testDialects())("junk sent to every /api route on %s", (dialect) => {
  it("never gets a 5xx, gets error answers the contract allows, and never reaches OPSCOM or the journal", async () => {
    const opscom = await recordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "ref-junk" }),
    );
    const { app, journal } = await testApp({ baseUrl: opscom.url, dialect });
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
    const codes = new Set<string | undefined>();
    await fc.assert(
      fc.asyncProperty(junkRequest, async (request) => {
        const headers = new Headers({ ...staff, ...request.headers });
        if (request.contentType !== undefined) headers.set("content-type", request.contentType);
        const response = await send(`${request.path}${request.query}`, {
          method: request.method,
          headers,
          ...(!BODYLESS.has(request.method) && { body: request.body }),
        });
        const text = await response.text();
        codes.add(codeOf(text));
        statuses.add(response.status);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(contractBreaches(text)).toEqual([]);
        // Permit Stats is a read (the day at a glance asks it); nothing may be written to OPSCOM.
        expect(opscom.requests.filter((sent) => !sent.url.endsWith("/stats"))).toHaveLength(0);
      }),
      { numRuns: 400 },
    );

    // The junk got past the guards into the handlers, not only bounced at the door.
    expect([...statuses]).toEqual(expect.arrayContaining([400, 403, 404, 415]));
    // And the hostile text was among it, and refused as such.
    expect([...codes]).toContain("character_not_accepted");
    expect((await journal.list({ limit: 1 })).entries).toHaveLength(0);
  });

  it("sent as a permit, signed in and under a fresh key, never gets a 5xx nor an error answer the contract does not allow, and never reaches OPSCOM unless it is a draft the form accepts", async () => {
    const opscom = await recordingServer((_request, response) =>
      answerJson(response, 200, { status: "success", reference_id: "ref-junk" }),
    );
    const { app } = await testApp({ baseUrl: opscom.url, dialect });
    const statuses = new Set<number>();
    const codes = new Set<string | undefined>();

    await fc.assert(
      fc.asyncProperty(junkBody, async (body) => {
        const sentBefore = opscom.requests.length;
        const response = await postPermit(app, body);
        const text = await response.text();
        const code = codeOf(text);
        statuses.add(response.status);
        codes.add(code);
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) expect(contractBreaches(text)).toEqual([]);
        if (!isAcceptableDraft(body)) expect(opscom.requests).toHaveLength(sentBefore);
        // A body over the size limit is refused as such, before it is read.
        const shape = Buffer.byteLength(body) > 64 * 1024 ? undefined : shapeOf(body);
        if (shape !== undefined && shape.depth > 32) expect(code).toBe("json_too_deep");
        if (shape !== undefined && shape.depth <= 32 && shape.unacceptable) {
          expect(code).toBe("character_not_accepted");
        }
      }),
      { numRuns: 300 },
    );

    expect([...statuses]).toEqual(expect.arrayContaining([400, 422]));
    expect([...codes]).toEqual(expect.arrayContaining(["character_not_accepted", "json_too_deep"]));
  });
});

/** Unicode's own word for what no database should hold: controls but tab, LF and CR, and so on. */
const UNACCEPTABLE = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
const unacceptable = (text: string) => UNACCEPTABLE.test(text.replace(/[\t\n\r]/g, ""));

/** How deeply a JSON body nests and whether it holds such text, or undefined if it is not JSON. */
function shapeOf(body: string): { depth: number; unacceptable: boolean } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  let depth = 0;
  let found = false;
  const pending: Array<[value: unknown, depth: number]> = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, level] = next;
    if (typeof current === "string") found ||= unacceptable(current);
    if (typeof current !== "object" || current === null) continue;
    depth = Math.max(depth, level + 1);
    for (const [key, member] of Object.entries(current)) {
      if (!Array.isArray(current)) found ||= unacceptable(key);
      pending.push([member, level + 1]);
    }
  }
  return { depth, unacceptable: found };
}

function isAcceptableDraft(body: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return false;
  }
  const parsed = permitDraftSchema.safeParse(value);
  const shape = shapeOf(body);
  return (
    parsed.success &&
    ["Lot 4", "Lot 5"].includes(parsed.data.zone) &&
    shape !== undefined &&
    !shape.unacceptable
  );
}
