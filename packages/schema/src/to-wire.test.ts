import { describe, expect, it } from "vitest";
import { type PermitDraftInput, permitDraftSchema } from "./draft.ts";
import { PERMIT_FIELD_NAMES, permitCreateWireSchema } from "./opscom-wire.ts";
import { fromWireTime, toOffsetInstant, wallTimeToDate } from "./time.ts";
import {
  draftFieldOfWireName,
  draftToWire,
  WIRE_FIELD_NAMES_LONGEST_FIRST,
  type WireOptions,
} from "./to-wire.ts";

const TORONTO = "America/Toronto";
const HOUR_MS = 3_600_000;

const options = {
  apiToken: "YOUR-API-TOKEN",
  timeBasis: "utc",
  siteTimeZone: TORONTO,
  defaultCurrency: "CAD",
} satisfies WireOptions;

const draftOf = (input: PermitDraftInput) => permitDraftSchema.parse(input);

const baseDraft = {
  plate: "pl8-rdr",
  zone: "Lot 4",
  validFrom: "2018-07-02T09:00:00Z",
  validUntil: "2018-07-02T17:00:00Z",
} satisfies PermitDraftInput;

describe("draftToWire", () => {
  it("writes the published sample body from the draft a clerk would type", () => {
    const draft = draftOf({ ...baseDraft, amount: "14.5", currency: "cad", permitNo: "L4-1138" });
    const body = draftToWire(draft, options);
    expect(body).toEqual({
      apiToken: "YOUR-API-TOKEN",
      Amount: "14.50",
      CurrencyID: "CAD",
      LicencePlate: "PL8RDR",
      zone: "Lot 4",
      permitNo: "L4-1138",
      startTime: "2018-07-02T09:00:00",
      endTime: "2018-07-02T17:00:00",
    });
    expect(Object.keys(body)).toEqual([
      "apiToken",
      "Amount",
      "CurrencyID",
      "LicencePlate",
      "zone",
      "permitNo",
      "startTime",
      "endTime",
    ]);
  });

  it("writes a body the wire schema accepts", () => {
    const draft = draftOf({ ...baseDraft, amount: "999999.99", permitNo: "n".repeat(50) });
    expect(permitCreateWireSchema.safeParse(draftToWire(draft, options)).success).toBe(true);
  });

  it("sends neither Amount nor CurrencyID for a free permit, even with a currency chosen", () => {
    const body = draftToWire(draftOf({ ...baseDraft, amount: " ", currency: "USD" }), options);
    expect(Object.keys(body)).toEqual(["apiToken", "LicencePlate", "zone", "startTime", "endTime"]);
  });

  it("sends the default currency with an amount when no currency was chosen", () => {
    const body = draftToWire(draftOf({ ...baseDraft, amount: "5" }), {
      ...options,
      defaultCurrency: "USD",
    });
    expect(body).toMatchObject({ Amount: "5.00", CurrencyID: "USD" });
  });

  it("sends the chosen currency rather than the default", () => {
    const body = draftToWire(draftOf({ ...baseDraft, amount: "5", currency: "usd" }), options);
    expect(body.CurrencyID).toBe("USD");
  });

  it("sends permitNo only when a permit number was given", () => {
    expect(draftToWire(draftOf({ ...baseDraft, permitNo: "" }), options)).not.toHaveProperty(
      "permitNo",
    );
    expect(draftToWire(draftOf({ ...baseDraft, permitNo: "P-1" }), options).permitNo).toBe("P-1");
  });

  it("writes the validity as the site's wall time in the local basis", () => {
    const body = draftToWire(draftOf(baseDraft), { ...options, timeBasis: "local" });
    expect([body.startTime, body.endTime]).toEqual(["2018-07-02T05:00:00", "2018-07-02T13:00:00"]);
  });

  describe("a two-hour permit from 01:30 on the night Toronto springs forward (2026-03-08)", () => {
    const validFrom = toOffsetInstant(wallTimeToDate("2026-03-08T01:30", TORONTO), TORONTO);
    const validUntil = new Date(Date.parse(validFrom) + 2 * HOUR_MS).toISOString();
    const draft = draftOf({ ...baseDraft, validFrom, validUntil });

    it("is read from the clerk's wall time as 01:30 standard time", () => {
      expect(validFrom).toBe("2026-03-08T01:30:00-05:00");
    });

    it("goes on the wire as 06:30 to 08:30 in the utc basis", () => {
      const body = draftToWire(draft, { ...options, timeBasis: "utc" });
      expect([body.startTime, body.endTime]).toEqual([
        "2026-03-08T06:30:00",
        "2026-03-08T08:30:00",
      ]);
    });

    it("goes on the wire as 01:30 to 04:30 in the local basis, two elapsed hours", () => {
      const body = draftToWire(draft, { ...options, timeBasis: "local" });
      expect([body.startTime, body.endTime]).toEqual([
        "2026-03-08T01:30:00",
        "2026-03-08T04:30:00",
      ]);
      const elapsed =
        fromWireTime(body.endTime, "local", TORONTO).getTime() -
        fromWireTime(body.startTime, "local", TORONTO).getTime();
      expect(elapsed).toBe(2 * HOUR_MS);
    });
  });

  describe("a two-hour permit from 01:30 daylight time on the night Toronto falls back (2026-11-01)", () => {
    const draft = draftOf({
      ...baseDraft,
      validFrom: "2026-11-01T01:30:00-04:00",
      validUntil: "2026-11-01T02:30:00-05:00",
    });

    it("goes on the wire as 05:30 to 07:30 in the utc basis", () => {
      const body = draftToWire(draft, { ...options, timeBasis: "utc" });
      expect([body.startTime, body.endTime]).toEqual([
        "2026-11-01T05:30:00",
        "2026-11-01T07:30:00",
      ]);
    });

    it("goes on the wire as 01:30 to 02:30 in the local basis, two elapsed hours", () => {
      const body = draftToWire(draft, { ...options, timeBasis: "local" });
      expect([body.startTime, body.endTime]).toEqual([
        "2026-11-01T01:30:00",
        "2026-11-01T02:30:00",
      ]);
      const elapsed =
        fromWireTime(body.endTime, "local", TORONTO).getTime() -
        fromWireTime(body.startTime, "local", TORONTO).getTime();
      expect(elapsed).toBe(2 * HOUR_MS);
    });
  });
});

describe("draftFieldOfWireName", () => {
  it.each([
    ["Amount", "amount"],
    ["amount", "amount"],
    ["CurrencyID", "currency"],
    ["currency", "currency"],
    ["startTime", "validFrom"],
    ["StartDateUtc", "validFrom"],
    ["endTime", "validUntil"],
    ["EndDateUtc", "validUntil"],
    ["LicencePlate", "plate"],
    ["plate", "plate"],
    ["permitNo", "permitNo"],
    ["TicketNumber", "permitNo"],
    ["zone", "zone"],
    ["ParkingZoneName", "zone"],
  ])("knows that %s is the form's %s field", (wireName, field) => {
    expect(draftFieldOfWireName(wireName)).toBe(field);
  });

  it.each(["apiToken", "referenceID", "colour", "", "constructor", "toString"])(
    "knows that %j is no form field",
    (wireName) => {
      expect(draftFieldOfWireName(wireName)).toBeUndefined();
    },
  );
});

describe("WIRE_FIELD_NAMES_LONGEST_FIRST", () => {
  it("holds every published name of a form field once, and not the token", () => {
    const published = Object.entries(PERMIT_FIELD_NAMES)
      .filter(([canonical]) => canonical !== "apiToken")
      .flatMap(([, names]) => names);
    expect(WIRE_FIELD_NAMES_LONGEST_FIRST.toSorted()).toEqual(published.toSorted());
  });

  it("puts a name before every shorter name, so a name inside another is found last", () => {
    const lengths = WIRE_FIELD_NAMES_LONGEST_FIRST.map((name) => name.length);
    expect(lengths).toEqual(lengths.toSorted((a, b) => b - a));
    expect(WIRE_FIELD_NAMES_LONGEST_FIRST.indexOf("LicencePlate")).toBeLessThan(
      WIRE_FIELD_NAMES_LONGEST_FIRST.indexOf("plate"),
    );
  });
});
