import { createSimulator, startSimulatorServer } from "@permit-desk/opscom-simulator";
import {
  canonicalizePermitBody,
  issuedPermitSchema,
  opscomSuccessSchema,
  permitCreateWireSchema,
  permitDraftSchema,
} from "@permit-desk/schema";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { createOpscomClient } from "../opscom/client.ts";
import { signInAsStaff } from "../testing/staff-session.ts";
import { TEST_TOKEN, testApp, testConfig } from "../testing/test-app.ts";

const MINUTE_MS = 60_000;
const ZONES = ["Lot 4", "Lot 5"];

function withOffset(epochMs: number, offset: number): string {
  const shifted = new Date(epochMs + offset * MINUTE_MS).toISOString().slice(0, 19);
  if (offset === 0) return `${shifted}Z`;
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${shifted}${offset < 0 ? "-" : "+"}${hours}:${minutes}`;
}

const offsetMinutes = fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15);

/** Drafts as the form sends them, well-formed or not quite: the BFF must judge each like the form. */
const submittedDraft = fc
  .record(
    {
      plate: fc.oneof(
        { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 -]{0,24}$/) },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      ),
      zone: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...ZONES, " Lot 5 ") },
        { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
      ),
      from: fc.tuple(
        fc.integer({
          min: Date.UTC(2000, 0, 1) / MINUTE_MS,
          max: Date.UTC(2100, 0, 1) / MINUTE_MS,
        }),
        offsetMinutes,
      ),
      // Negative and zero durations are drafts the form refuses.
      duration: fc.integer({ min: -60, max: 60 * 24 * 400 }),
      untilOffset: offsetMinutes,
      amount: fc.option(fc.stringMatching(/^ ?\d{0,7}(\.\d{0,3})? ?$/), { nil: undefined }),
      currency: fc.option(fc.constantFrom("CAD", "usd", "EUR", "", "C"), { nil: undefined }),
      permitNo: fc.option(fc.string({ maxLength: 55 }), { nil: undefined }),
    },
    { requiredKeys: ["plate", "zone", "from", "duration", "untilOffset"] },
  )
  .map(({ from: [fromMinute, fromOffset], duration, untilOffset, ...fields }) => ({
    ...fields,
    validFrom: withOffset(fromMinute * MINUTE_MS, fromOffset),
    validUntil: withOffset((fromMinute + duration) * MINUTE_MS, untilOffset),
  }));

/** The simulator, called in process, for what it accepts on its own. */
function simulatedOpscom() {
  return { simulator: createSimulator({ tokens: [TEST_TOKEN] }) };
}

describe("drafts and wire bodies agree between the schema, the BFF and the simulator", () => {
  it("POST /api/permits issues exactly the drafts the form schema accepts, and the simulator holds each", async () => {
    // The BFF's OPSCOM is the simulator over loopback HTTP, as in production.
    const opscom = await startSimulatorServer({ port: 0, tokens: [TEST_TOKEN] });
    onTestFinished(() => opscom.close());
    const { simulator } = opscom;
    const config = testConfig();
    const { app, journal } = await testApp({
      baseUrl: opscom.url,
      opscom: createOpscomClient({ ...config.opscom, baseUrl: opscom.url }),
    });
    const send = (path: string, init?: RequestInit) => Promise.resolve(app.request(path, init));
    const staff = await signInAsStaff(send);
    let issued = 0;

    await fc.assert(
      fc.asyncProperty(submittedDraft, async (draft) => {
        const sentBefore = simulator.state.requests().length;
        const response = await send("/api/permits", {
          method: "POST",
          headers: {
            ...staff,
            "Content-Type": "application/json",
            "Idempotency-Key": crypto.randomUUID(),
          },
          body: JSON.stringify(draft),
        });
        const parsed = permitDraftSchema.safeParse(draft);
        const acceptable =
          parsed.success &&
          ZONES.includes(parsed.data.zone) &&
          (parsed.data.currency === undefined || ["CAD", "USD"].includes(parsed.data.currency));
        if (acceptable) {
          expect(response.status).toBe(201);
          const { referenceId } = issuedPermitSchema.parse(await response.json());
          expect(simulator.state.permit(referenceId)).toBeDefined();
          issued += 1;
        } else {
          expect([400, 422]).toContain(response.status);
          expect(simulator.state.requests().length).toBe(sentBefore);
        }
      }),
      { numRuns: 150 },
    );

    const entries = (await journal.list({ limit: 500 })).entries;
    expect(entries.filter((entry) => entry.state === "issued")).toHaveLength(issued);
    expect(simulator.state.permits()).toHaveLength(issued);
    expect(issued).toBeGreaterThan(20);
  });

  it("the simulator accepts exactly the wire bodies the wire schema accepts, under any mix of published names", async () => {
    const { simulator } = simulatedOpscom();
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(wireBody, async (body) => {
        const response = await simulator.app.request("/api/OC-TOMA/v1/permits/push", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ apiToken: TEST_TOKEN, ...body }),
        });
        const answered = opscomSuccessSchema.safeParse(await response.json()).success;
        expect(answered).toBe(wireSchemaAccepts({ apiToken: TEST_TOKEN, ...body }));
        if (answered) accepted += 1;
      }),
      { numRuns: 200 },
    );
    expect(accepted).toBeGreaterThan(0);
    expect(simulator.state.permits()).toHaveLength(accepted);
  });
});

/** OPSCOM is a PHP service: null and blank text read as "not given" (see the simulator). */
function isBlank(value: unknown): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** What the published wire contract says of a body sent under any mix of names. */
function wireSchemaAccepts(body: Record<string, unknown>): boolean {
  const given = Object.fromEntries(Object.entries(body).filter(([, value]) => !isBlank(value)));
  const { body: canonical, conflicts } = canonicalizePermitBody(given);
  const parsed = permitCreateWireSchema.safeParse(canonical);
  return conflicts.length === 0 && parsed.success && parsed.data.endTime > parsed.data.startTime;
}

/** Mostly values within the published limits, sometimes blank, mistyped or just over a limit. */
const wireText = (valid: fc.Arbitrary<string>, nearlyValid: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 2, arbitrary: nearlyValid },
    { weight: 1, arbitrary: fc.constantFrom("", " ", null) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  );

const wireTime = fc.oneof(
  fc
    .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z") })
    .filter((date) => !Number.isNaN(date.getTime()))
    .map((date) => date.toISOString().slice(0, 19)),
  fc.constantFrom("2026-07-02T09:00:00", "2026-07-02T17:00:00"),
);

const invalidWireTime = fc.constantFrom(
  "2026-02-30T09:00:00",
  "2026-07-02 09:00:00",
  "2026-07-02T09:00:00Z",
  "2026-07-02T09:00",
  "2026-07-02T24:00:00",
);

const VALUES = {
  Amount: wireText(
    fc.stringMatching(/^[1-9]\d{0,5}\.\d{2}$/),
    fc.stringMatching(/^\d{1,7}(\.\d{0,3})?$/),
  ),
  CurrencyID: wireText(fc.constantFrom("CAD", "USD"), fc.constantFrom("CURRENCYXYZ", "cad ")),
  startTime: wireText(wireTime, invalidWireTime),
  endTime: wireText(wireTime, invalidWireTime),
  LicencePlate: wireText(
    fc.stringMatching(/^[A-Z0-9]{1,25}$/),
    fc.stringMatching(/^[A-Z0-9]{26,30}$/),
  ),
  zone: wireText(fc.string({ maxLength: 200 }), fc.string({ minLength: 201, maxLength: 210 })),
  permitNo: wireText(fc.string({ maxLength: 50 }), fc.string({ minLength: 51, maxLength: 55 })),
} as const;

const ALIASES: Record<keyof typeof VALUES, readonly [string, string]> = {
  Amount: ["Amount", "amount"],
  CurrencyID: ["CurrencyID", "currency"],
  startTime: ["startTime", "StartDateUtc"],
  endTime: ["endTime", "EndDateUtc"],
  LicencePlate: ["LicencePlate", "plate"],
  permitNo: ["permitNo", "TicketNumber"],
  zone: ["zone", "ParkingZoneName"],
};

/** One field given under no name, either name, or both (agreeing or not), plus names OPSCOM ignores. */
function namedField(field: keyof typeof VALUES) {
  const [canonical, alias] = ALIASES[field];
  const value = VALUES[field];
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant({}) },
    { weight: 4, arbitrary: value.map((given) => ({ [canonical]: given })) },
    { weight: 4, arbitrary: value.map((given) => ({ [alias]: given })) },
    { weight: 2, arbitrary: value.map((given) => ({ [canonical]: given, [alias]: given })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(value, value)
        .map(([first, second]) => ({ [canonical]: first, [alias]: second })),
    },
  );
}

const WIRE_FIELDS = [
  "Amount",
  "CurrencyID",
  "startTime",
  "endTime",
  "LicencePlate",
  "zone",
  "permitNo",
] as const satisfies ReadonlyArray<keyof typeof VALUES>;

const wireBody = fc
  .tuple(
    ...WIRE_FIELDS.map(namedField),
    fc.dictionary(fc.constantFrom("Zone", "LicensePlate", "note", "__proto__x"), fc.string()),
  )
  .map((parts) =>
    parts.reduce<Record<string, unknown>>((body, part) => Object.assign(body, part), {}),
  );
