import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { permitDraftSchema } from "./draft.ts";
import { normalizeAmount } from "./money.ts";
import { permitCreateWireSchema } from "./opscom-wire.ts";
import { TIME_BASES } from "./time.ts";
import { draftToWire } from "./to-wire.ts";

const MINUTE_MS = 60_000;
const SITE_TIME_ZONES = [
  "America/Toronto",
  "America/St_Johns",
  "Europe/London",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "UTC",
];

/** Plates as clerks type them: any case, with spaces and dashes here and there. */
const typedPlate = fc
  .array(
    fc.tuple(
      fc.constantFrom(..."ABCDEFGHJKLMNPRSTVWXYZabcxyz0123456789"),
      fc.constantFrom("", "", "", " ", "-", " - "),
    ),
    { minLength: 1, maxLength: 25 },
  )
  .map((parts) => parts.map(([character, separator]) => character + separator).join(""))
  .chain((plate) => fc.constantFrom(plate, ` ${plate} `));

/** Amounts as typed into the field: "5", "5.5", "014.50", ".5". */
const typedAmount = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }))
  .filter(([units, cents]) => units + cents > 0)
  .chain(([units, cents]) => {
    const twoDigits = String(cents).padStart(2, "0");
    const shapes = [`${units}.${twoDigits}`, ` 0${units}.${twoDigits} `];
    if (cents % 10 === 0) shapes.push(`${units}.${cents / 10}`);
    if (cents === 0) shapes.push(String(units));
    if (units === 0) shapes.push(`.${twoDigits}`);
    return fc.constantFrom(...shapes);
  });

const offsetMinutes = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15);

/** An instant written with an explicit offset, as the browser sends it. */
function withOffset(epochMs: number, offset: number): string {
  const shifted = new Date(epochMs + offset * MINUTE_MS).toISOString().slice(0, 19);
  if (offset === 0) return `${shifted}Z`;
  const size = Math.abs(offset);
  const hours = String(Math.floor(size / 60)).padStart(2, "0");
  const minutes = String(size % 60).padStart(2, "0");
  return `${shifted}${offset < 0 ? "-" : "+"}${hours}:${minutes}`;
}

/** Any minute from 2000 to 2100, or one near a daylight-saving change in Toronto or London. */
const startMs = fc.oneof(
  fc.integer({ min: Date.UTC(2000, 0, 1) / MINUTE_MS, max: Date.UTC(2100, 0, 1) / MINUTE_MS }),
  fc
    .tuple(
      fc.constantFrom(
        Date.UTC(2026, 2, 8, 7),
        Date.UTC(2026, 10, 1, 6),
        Date.UTC(2026, 2, 29, 1),
        Date.UTC(2026, 9, 25, 1),
      ),
      fc.integer({ min: -180, max: 180 }),
    )
    .map(([change, minutes]) => change / MINUTE_MS + minutes),
);

/** Elapsed minutes: a quick stop, a shift, or a season. */
const durationMinutes = fc.oneof(
  fc.integer({ min: 1, max: 180 }),
  fc.integer({ min: 181, max: 60 * 24 * 366 }),
);

const typedDraft = fc.record(
  {
    plate: typedPlate,
    zone: fc.string({ minLength: 1, maxLength: 200 }),
    from: fc.tuple(startMs, offsetMinutes),
    until: fc.tuple(durationMinutes, offsetMinutes),
    amount: fc.option(typedAmount, { nil: undefined }),
    currency: fc.option(fc.constantFrom("CAD", "usd", " eur ", ""), { nil: undefined }),
    permitNo: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
  },
  { requiredKeys: ["plate", "zone", "from", "until"] },
);

const wireOptions = fc.record({
  apiToken: fc.constant("YOUR-API-TOKEN"),
  timeBasis: fc.constantFrom(...TIME_BASES),
  siteTimeZone: fc.constantFrom(...SITE_TIME_ZONES),
  defaultCurrency: fc.constantFrom("CAD", "USD"),
});

type TypedDraft = typeof typedDraft extends fc.Arbitrary<infer T> ? T : never;

function draftInputOf(typed: TypedDraft) {
  const [fromMinute, fromOffset] = typed.from;
  const [duration, untilOffset] = typed.until;
  const { from: _from, until: _until, ...fields } = typed;
  return {
    ...fields,
    validFrom: withOffset(fromMinute * MINUTE_MS, fromOffset),
    validUntil: withOffset((fromMinute + duration) * MINUTE_MS, untilOffset),
  };
}

describe("the draft schema and the wire schema", () => {
  it("every draft the form accepts becomes a body that OPSCOM's published limits accept", () => {
    fc.assert(
      fc.property(typedDraft, wireOptions, (typed, options) => {
        const draft = permitDraftSchema.safeParse(draftInputOf(typed));
        fc.pre(draft.success);
        if (!draft.success) return;
        const wire = permitCreateWireSchema.safeParse(draftToWire(draft.data, options));
        expect(wire.error?.issues ?? []).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("the form accepts nearly every typed draft, so the property above is not vacuous", () => {
    const samples = fc.sample(typedDraft, { numRuns: 200, seed: 7 });
    const accepted = samples.filter(
      (typed) => permitDraftSchema.safeParse(draftInputOf(typed)).success,
    );
    expect(accepted.length).toBeGreaterThan(150);
  });

  it("a draft keeps its plate, zone, amount and elapsed validity on the wire in UTC", () => {
    fc.assert(
      fc.property(typedDraft, (typed) => {
        const draft = permitDraftSchema.safeParse(draftInputOf(typed));
        fc.pre(draft.success);
        if (!draft.success) return;
        const wire = draftToWire(draft.data, {
          apiToken: "YOUR-API-TOKEN",
          timeBasis: "utc",
          siteTimeZone: "America/Toronto",
          defaultCurrency: "CAD",
        });
        expect(wire.LicencePlate).toBe(typed.plate.replace(/[\s-]+/g, "").toUpperCase());
        expect(wire.zone).toBe(typed.zone.trim());
        const elapsed = Date.parse(`${wire.endTime}Z`) - Date.parse(`${wire.startTime}Z`);
        expect(elapsed).toBe(typed.until[0] * MINUTE_MS);
        expect(wire.Amount).toBe(
          typed.amount === undefined ? undefined : normalizeAmount(typed.amount),
        );
      }),
      { numRuns: 200 },
    );
  });
});
