import { describe, expect, it } from "vitest";
import { type PermitDraftInput, permitDraftSchema } from "./draft.ts";

const validDraft = {
  plate: "pl8 rdr",
  zone: "Lot 4",
  validFrom: "2026-07-02T09:00:00-04:00",
  validUntil: "2026-07-02T17:00:00-04:00",
} satisfies PermitDraftInput;

/** The clerk-facing messages of a draft, by field. */
function fieldMessages(input: unknown): Record<string, string[]> {
  const result = permitDraftSchema.safeParse(input);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".");
    byField[field] = [...(byField[field] ?? []), issue.message];
  }
  return byField;
}

describe("permitDraftSchema", () => {
  it("accepts a draft with a plate, a zone and a validity, normalising the plate", () => {
    expect(permitDraftSchema.parse(validDraft)).toEqual({
      plate: "PL8RDR",
      zone: "Lot 4",
      validFrom: "2026-07-02T09:00:00-04:00",
      validUntil: "2026-07-02T17:00:00-04:00",
    });
  });

  it("accepts the optional amount, currency and permit number, normalised", () => {
    const draft = permitDraftSchema.parse({
      ...validDraft,
      amount: " 014.5 ",
      currency: "usd",
      permitNo: "  L4-1138 ",
    });
    expect(draft).toMatchObject({ amount: "14.50", currency: "USD", permitNo: "L4-1138" });
  });

  it("treats a blank amount, currency and permit number as not given", () => {
    const draft = permitDraftSchema.parse({
      ...validDraft,
      amount: "",
      currency: "  ",
      permitNo: " ",
    });
    expect(draft.amount).toBeUndefined();
    expect(draft.currency).toBeUndefined();
    expect(draft.permitNo).toBeUndefined();
  });

  it("tells the clerk what is missing from an empty form, field by field", () => {
    expect(fieldMessages({})).toEqual({
      plate: ["plate_required"],
      zone: ["zone_required"],
      validFrom: ["date_time_required"],
      validUntil: ["date_time_required"],
    });
  });

  it("refuses a permit that ends before it starts, on the end field", () => {
    expect(fieldMessages({ ...validDraft, validUntil: "2026-07-02T08:00:00-04:00" })).toEqual({
      validUntil: ["validity_end_before_start"],
    });
  });

  it("refuses a permit that ends the moment it starts", () => {
    expect(fieldMessages({ ...validDraft, validUntil: "2026-07-02T13:00:00Z" })).toEqual({
      validUntil: ["validity_end_before_start"],
    });
  });

  it("compares instants, not their text: 09:00-04:00 ends after 12:30Z", () => {
    const draft = { ...validDraft, validFrom: "2026-07-02T12:30:00Z" };
    expect(permitDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("reports an end before the start alongside errors in other fields", () => {
    expect(
      fieldMessages({ ...validDraft, plate: "", validUntil: "2026-07-02T08:00:00-04:00" }),
    ).toEqual({
      plate: ["plate_required"],
      validUntil: ["validity_end_before_start"],
    });
  });

  it("reports an end before the start alongside an amount it cannot read", () => {
    expect(
      fieldMessages({ ...validDraft, amount: "1e3", validUntil: "2026-07-02T08:00:00-04:00" }),
    ).toEqual({
      amount: ["amount_format"],
      validUntil: ["validity_end_before_start"],
    });
  });

  it("reports an end before the start alongside a missing zone", () => {
    const { zone: _zone, ...withoutZone } = validDraft;
    expect(fieldMessages({ ...withoutZone, validUntil: "2026-07-02T08:00:00-04:00" })).toEqual({
      zone: ["zone_required"],
      validUntil: ["validity_end_before_start"],
    });
  });

  it.each([null, "a permit", 5, []])("refuses the body %j as a whole, without a crash", (body) => {
    const result = permitDraftSchema.safeParse(body);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[]]);
  });

  it("does not call a start it cannot read later than the end", () => {
    expect(
      fieldMessages({
        ...validDraft,
        validFrom: "2026-07-02T18:00",
        validUntil: "2026-07-02T17:00:00Z",
      }),
    ).toEqual({ validFrom: ["date_time_required"] });
  });

  it(`accepts a plate of 25 letters and digits after normalisation and refuses 26`, () => {
    expect(fieldMessages({ ...validDraft, plate: "abcde-fghij klmno-pqrst 12345" })).toEqual({});
    expect(fieldMessages({ ...validDraft, plate: "abcde-fghij klmno-pqrst 123456" })).toEqual({
      plate: ["plate_too_long"],
    });
  });

  it("accepts a zone of 200 characters and refuses 201", () => {
    expect(fieldMessages({ ...validDraft, zone: ` ${"z".repeat(200)} ` })).toEqual({});
    expect(fieldMessages({ ...validDraft, zone: "z".repeat(201) })).toEqual({
      zone: ["zone_too_long"],
    });
  });

  it("asks for a zone when the zone is blank", () => {
    expect(fieldMessages({ ...validDraft, zone: "   " })).toEqual({ zone: ["zone_required"] });
  });

  it("accepts a permit number of 50 characters and refuses 51", () => {
    expect(fieldMessages({ ...validDraft, permitNo: "n".repeat(50) })).toEqual({});
    expect(fieldMessages({ ...validDraft, permitNo: "n".repeat(51) })).toEqual({
      permitNo: ["permit_number_too_long"],
    });
  });

  it("accepts an amount of 0.01 and 999999.99 and refuses 0.00 and 1000000.00", () => {
    expect(fieldMessages({ ...validDraft, amount: "0.01" })).toEqual({});
    expect(fieldMessages({ ...validDraft, amount: "999999.99" })).toEqual({});
    expect(fieldMessages({ ...validDraft, amount: "0.00" })).toEqual({
      amount: ["amount_too_small"],
    });
    expect(fieldMessages({ ...validDraft, amount: "1000000.00" })).toEqual({
      amount: ["amount_too_large"],
    });
  });

  it.each(["1e3", "-1", "1,000", "5.555"])(
    "refuses the amount %j with one clear message",
    (amount) => {
      expect(fieldMessages({ ...validDraft, amount })).toEqual({
        amount: ["amount_format"],
      });
    },
  );

  it("refuses a currency that is not a three-letter code", () => {
    expect(fieldMessages({ ...validDraft, amount: "5", currency: "dollars" })).toEqual({
      currency: ["currency_format"],
    });
  });

  it("refuses a validity written without an offset, since its instant is unknown", () => {
    expect(fieldMessages({ ...validDraft, validFrom: "2026-07-02T09:00:00" })).toEqual({
      validFrom: ["date_time_required"],
    });
  });
});
