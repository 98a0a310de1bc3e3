import { type ClientConfig, DEFAULT_VALIDITY_BOUNDS } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { fieldErrorWords } from "../../../lib/i18n/problem-words.ts";
import { issuePermitMessages } from "../messages.ts";
import {
  amountSentAs,
  blankPermitForm,
  distinctTypedPlates,
  normalisedPlates,
  type PermitFormResolverOptions,
  type PermitFormValues,
  permitFormResolver,
  plateSentAs,
  repeatedPlates,
  toPermitDraftInput,
  typedPlates,
  UNCONFIGURED_PERMIT_FORM,
  withPlateReplaced,
} from "./permit-form.ts";

const config: ClientConfig = {
  demo: true,
  siteTimeZone: "America/Toronto",
  zones: ["Lot 1", "Lot 4"],
  defaultCurrency: "CAD",
  currencies: ["CAD", "USD"],
  opscomTimeoutMs: 10_000,
  plateEntry: "single",
  undoSeconds: 10,
  changeWindowMinutes: 15,
  validityBounds: DEFAULT_VALIDITY_BOUNDS,
};
const now = new Date("2026-07-15T13:05:00Z");

describe("blankPermitForm", () => {
  it("starts empty, in the first zone, from now for two hours, in the default currency", () => {
    expect(blankPermitForm(config, now)).toEqual({
      plate: "",
      plateAgain: "",
      zone: "Lot 1",
      validFrom: "2026-07-15T09:05",
      validUntil: "2026-07-15T11:05",
      duration: "hours:2",
      amount: "",
      currency: "CAD",
      permitNo: "",
      template: "",
    });
  });

  it("keeps the zone of the previous permit", () => {
    expect(blankPermitForm(config, now, "Lot 4").zone).toBe("Lot 4");
  });

  it("leaves the zone to choose when the site has none configured", () => {
    expect(blankPermitForm({ ...config, zones: [] }, now).zone).toBe("");
  });
});

describe("typed plates", () => {
  it("parts plates at commas, semicolons and line breaks, never at spaces or dashes", () => {
    expect(typedPlates(" ab 12-3 ,cd4;\n\nEF 5 ,, ")).toEqual(["ab 12-3", "cd4", "EF 5"]);
    expect(normalisedPlates("ab 12-3, cd4")).toEqual(["AB123", "CD4"]);
  });

  it("counts plates that normalise alike as one plate, and names them", () => {
    expect(distinctTypedPlates("ZZ900, zz 900")).toEqual(["ZZ900"]);
    expect(normalisedPlates("ab-1, cd 2, AB1, ab 1")).toEqual(["AB1", "CD2"]);
    expect(repeatedPlates("ZZ900, zz 900")).toEqual(["ZZ900"]);
    expect(repeatedPlates("AB1, CD2")).toEqual([]);
  });

  it("replaces one plate among several and keeps the others as typed", () => {
    expect(withPlateReplaced("a8123, kb-1", 0, "AB123")).toBe("AB123, kb-1");
    expect(withPlateReplaced("a8123", 0, "AB123")).toBe("AB123");
  });
});

describe("plateSentAs", () => {
  it("gives the plate as it will be sent", () => {
    expect(plateSentAs(" ab 12-3 ")).toBe("AB123");
  });

  it("gives nothing for a plate the field refuses", () => {
    expect(plateSentAs("AB#12")).toBeUndefined();
    expect(plateSentAs("")).toBeUndefined();
    expect(plateSentAs("A".repeat(26))).toBeUndefined();
  });
});

describe("amountSentAs", () => {
  it("gives the amount with two decimals", () => {
    expect(amountSentAs("14.5")).toBe("14.50");
    expect(amountSentAs(".5")).toBe("0.50");
  });

  it("gives nothing for an amount the field refuses", () => {
    expect(amountSentAs("0")).toBeUndefined();
    expect(amountSentAs("0.00")).toBeUndefined();
    expect(amountSentAs("12.345")).toBeUndefined();
    expect(amountSentAs("1000000")).toBeUndefined();
  });

  it("gives nothing when no amount is typed", () => {
    expect(amountSentAs("  ")).toBeUndefined();
  });
});

const t = issuePermitMessages.in("en-CA");

const values: PermitFormValues = {
  ...UNCONFIGURED_PERMIT_FORM,
  plate: " ab-123 ",
  zone: "Lot 4",
  validFrom: "2026-07-15T09:00",
  validUntil: "2026-07-15T11:00",
  amount: "14.5",
  currency: "cad",
  permitNo: "",
};

describe("toPermitDraftInput", () => {
  it("sends the site's wall-clock times as instants with the site's offset", () => {
    const draft = toPermitDraftInput(values, "America/Toronto");
    expect(draft.validFrom).toBe("2026-07-15T09:00:00-04:00");
    expect(draft.validUntil).toBe("2026-07-15T11:00:00-04:00");
  });

  it("reads a time skipped by the spring jump as the same time after it", () => {
    const draft = toPermitDraftInput(
      { ...values, validFrom: "2026-03-08T02:30" },
      "America/Toronto",
    );
    expect(draft.validFrom).toBe("2026-03-08T03:30:00-04:00");
  });

  it("names no currency for a free permit", () => {
    expect(toPermitDraftInput({ ...values, amount: " " }, "UTC").currency).toBe("");
    expect(toPermitDraftInput(values, "UTC").currency).toBe("cad");
  });

  it("leaves an empty time for the schema to reject", () => {
    expect(toPermitDraftInput({ ...values, validFrom: "" }, "UTC").validFrom).toBe("");
  });
});

describe("permitFormResolver", () => {
  /** 08:00 in Toronto on the day of `values`. */
  const now = () => new Date("2026-07-15T12:00:00Z");
  /** The resolver's answer, its fields' problems worded as the form shows them. */
  const resolve = async (
    input: PermitFormValues,
    plateEntry: "single" | "twice" = "single",
    options: Partial<PermitFormResolverOptions> = {},
    locale: "en-CA" | "fr-CA" = "en-CA",
  ) => {
    const result = await permitFormResolver({
      siteTimeZone: "America/Toronto",
      validityBounds: DEFAULT_VALIDITY_BOUNDS,
      now,
      plateEntry,
      locale: "en-CA",
      ...options,
    })(input, undefined, { fields: {}, shouldUseNativeValidation: false });
    for (const error of Object.values(result.errors)) {
      if (error?.message) error.message = fieldErrorWords(String(error.message), locale).join("\n");
    }
    return result;
  };

  it("gives the draft the BFF accepts, normalised", async () => {
    const result = await resolve(values);
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({
      drafts: [
        {
          plate: "AB123",
          zone: "Lot 4",
          validFrom: "2026-07-15T09:00:00-04:00",
          validUntil: "2026-07-15T11:00:00-04:00",
          amount: "14.50",
          currency: "CAD",
        },
      ],
    });
  });

  it("gives a free permit without a currency", async () => {
    const result = await resolve({ ...values, amount: "" });
    expect(result.errors).toEqual({});
    // Absent from the request body, which is JSON.
    expect(JSON.parse(JSON.stringify(result.values))).toEqual({
      drafts: [
        {
          plate: "AB123",
          zone: "Lot 4",
          validFrom: "2026-07-15T09:00:00-04:00",
          validUntil: "2026-07-15T11:00:00-04:00",
        },
      ],
    });
  });

  it("reports each problem on the field it concerns", async () => {
    const result = await resolve({ ...values, plate: "", validFrom: "", amount: "abc" });
    expect(result.errors.plate?.message).toBe("Enter the licence plate.");
    expect(result.errors.validFrom?.message).toBe("Enter a date and time.");
    expect(result.errors.amount?.message).toMatch(/14\.50/);
    expect(result.errors.zone).toBeUndefined();
  });

  it("refuses a permit that ends before it starts, on Valid until", async () => {
    const result = await resolve({ ...values, validUntil: "2026-07-15T08:00" });
    expect(Object.keys(result.errors)).toEqual(["validUntil"]);
  });

  it("gives one draft per plate when several are typed, the rest shared", async () => {
    const result = await resolve({ ...values, plate: "ab 123, cd-456;\nEF789" });
    expect(result.errors).toEqual({});
    const drafts = "drafts" in result.values ? result.values.drafts : [];
    expect(drafts.map(({ plate }) => plate)).toEqual(["AB123", "CD456", "EF789"]);
    expect(new Set(drafts.map(({ validUntil, zone }) => `${zone} ${validUntil}`)).size).toBe(1);
  });

  it("names the plate among several that is refused", async () => {
    const result = await resolve({ ...values, plate: "AB123, CD$45, ab-123" });
    expect(result.values).toEqual({});
    expect(result.errors.plate?.message).toBe(
      "CD$45: A plate has letters and digits only: “$” (U+0024) at position 3 is neither.",
    );
  });

  it("gives one draft for a plate listed twice, however it was written", async () => {
    const result = await resolve({ ...values, plate: "ZZ900, zz 900" });
    expect(result.errors).toEqual({});
    const drafts = "drafts" in result.values ? result.values.drafts : [];
    expect(drafts.map(({ plate }) => plate)).toEqual(["ZZ900"]);
  });

  it("asks for the plate typed twice to agree, where the site wants it", async () => {
    const differs = await resolve({ ...values, plateAgain: "AB128" }, "twice");
    expect(differs.errors.plateAgain?.message).toBe(t("plateAgainDiffers"));
    const agrees = await resolve({ ...values, plateAgain: "ab123" }, "twice");
    expect(agrees.errors).toEqual({});
    const missing = await resolve({ ...values, plateAgain: " " }, "twice");
    expect(missing.errors.plateAgain?.message).toBe(t("plateAgainMissing"));
    const notAsked = await resolve({ ...values, plateAgain: "" }, "single");
    expect(notAsked.errors).toEqual({});
  });

  it("refuses year 0 to year 9999 beside each field, as the BFF would", async () => {
    const result = await resolve({
      ...values,
      validFrom: "0000-01-01T00:00",
      validUntil: "9999-12-31T23:59",
    });
    expect(result.values).toEqual({});
    expect(result.errors.validFrom?.message).toBe(
      "A permit can start at most 24 hours in the past.",
    );
    expect(result.errors.validUntil?.message).toBe("A permit lasts at most 30 days.");
  });

  it("says a start over a year ahead at Valid from before the plate is typed, in both languages", async () => {
    const farOff = {
      ...values,
      plate: "",
      validFrom: "2027-12-31T09:00",
      validUntil: "2027-12-31T11:00",
    };
    const english = await resolve(farOff);
    expect(english.errors.validFrom?.message).toBe("A permit can start at most 365 days from now.");
    expect(english.errors.plate).toBeDefined();
    const french = await resolve(farOff, "single", {}, "fr-CA");
    expect(french.errors.validFrom?.message).toBe(
      "Un permis peut commencer au plus 365 jours à l'avance.",
    );
  });

  it("holds the site's own bounds, and says them in French for a French reader", async () => {
    const result = await resolve(
      { ...values, validFrom: "2026-07-20T09:00", validUntil: "2026-07-29T09:00" },
      "single",
      { validityBounds: { maxPastHours: 2, maxAheadDays: 3, maxPermitDays: 7 } },
      "fr-CA",
    );
    expect(result.errors.validFrom?.message).toBe(
      "Un permis peut commencer au plus 3 jours à l'avance.",
    );
    expect(result.errors.validUntil?.message).toBe("Un permis dure au plus 7 jours.");
    const withinBounds = await resolve(
      { ...values, validFrom: "2026-07-15T06:00", validUntil: "2026-07-22T06:00" },
      "single",
      { validityBounds: { maxPastHours: 2, maxAheadDays: 3, maxPermitDays: 7 } },
    );
    expect(withinBounds.errors).toEqual({});
  });
});
