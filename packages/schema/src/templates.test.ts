import { describe, expect, it } from "vitest";
import { PERMIT_NUMBER_MAX_LENGTH } from "./draft.ts";
import { problemOfIssue } from "./problems.ts";
import {
  expandPermitNumber,
  longestPermitNumberLength,
  permitNumberPatternProblem,
  permitNumberPatternSchema,
  templateChangeSchema,
  templateInputSchema,
  templateListSchema,
} from "./templates.ts";

const TORONTO = "America/Toronto";

function messagesOf(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? [] : (result.error?.issues.map(problemOfIssue) ?? []);
}

describe("expandPermitNumber", () => {
  const expand = (pattern: string, at: string, plate = "abc 123") =>
    expandPermitNumber(pattern, { plate, at: new Date(at), siteTimeZone: TORONTO });

  it("fills every placeholder from the normalised plate and the site's wall clock", () => {
    expect(expand("L4-{yyyy}{mm}{dd}-{hh}{min}-{plate}", "2026-07-02T13:05:00Z")).toBe(
      "L4-20260702-0905-ABC123",
    );
    expect(expand("{yy}/{plate}", "2026-07-02T13:05:00Z", "pl8-rdr")).toBe("26/PL8RDR");
  });

  it("keeps everything else as it is, braces around an unknown word included", () => {
    expect(expand("Guest {{plate}} {Plate} #{}", "2026-07-02T13:05:00Z")).toBe(
      "Guest {ABC123} {Plate} #{}",
    );
    expect(expand("VISITOR", "2026-07-02T13:05:00Z")).toBe("VISITOR");
  });

  it("reads the date in the site's zone, not UTC's, just before midnight", () => {
    // 23:30 in Toronto on 2 July is already 3 July in UTC.
    expect(expand("{yyyy}-{mm}-{dd} {hh}:{min}", "2026-07-03T03:30:00Z")).toBe("2026-07-02 23:30");
    expect(expand("{yyyy}-{mm}-{dd} {hh}:{min}", "2026-07-03T04:00:00Z")).toBe("2026-07-03 00:00");
    expect(expand("{yy}{mm}{dd}", "2027-01-01T04:59:00Z")).toBe("261231");
  });

  it("follows the clocks across both daylight-saving changes", () => {
    // Spring forward, 8 March 2026: 01:59 EST is followed by 03:00 EDT.
    expect(expand("{dd} {hh}:{min}", "2026-03-08T06:59:00Z")).toBe("08 01:59");
    expect(expand("{dd} {hh}:{min}", "2026-03-08T07:00:00Z")).toBe("08 03:00");
    // Fall back, 1 November 2026: 01:30 happens twice, an hour apart.
    expect(expand("{hh}{min}", "2026-11-01T05:30:00Z")).toBe("0130");
    expect(expand("{hh}{min}", "2026-11-01T06:30:00Z")).toBe("0130");
  });
});

describe("permit-number patterns", () => {
  it("count every placeholder at its longest, the plate at 25 characters", () => {
    expect(longestPermitNumberLength("{plate}")).toBe(25);
    expect(longestPermitNumberLength("L4-{yyyy}{mm}{dd}-{plate}")).toBe(3 + 8 + 1 + 25);
    expect(longestPermitNumberLength("{nope}")).toBe(6);
  });

  it("accept a pattern whose longest permit number just fits", () => {
    const fits = `${"x".repeat(PERMIT_NUMBER_MAX_LENGTH - 25)}{plate}`;
    expect(permitNumberPatternProblem(fits)).toBeUndefined();
    expect(permitNumberPatternSchema.safeParse(fits).success).toBe(true);
  });

  it("refuse a pattern that could give a permit number over the limit, saying how long", () => {
    const tooLong = `${"x".repeat(PERMIT_NUMBER_MAX_LENGTH - 24)}{plate}`;
    expect(permitNumberPatternProblem(tooLong)).toEqual({ kind: "tooLong", longestLength: 51 });
    expect(messagesOf(permitNumberPatternSchema.safeParse(tooLong))).toEqual([
      { code: "pattern_too_long", params: { length: 51 } },
    ]);
  });

  it("refuse an unknown placeholder by name, listing the known ones", () => {
    expect(permitNumberPatternProblem("L4-{date}-{plate}")).toEqual({
      kind: "unknownPlaceholder",
      placeholder: "{date}",
    });
    expect(messagesOf(permitNumberPatternSchema.safeParse("{PLATE}"))).toEqual([
      { code: "pattern_unknown_placeholder", params: { placeholder: "{PLATE}" } },
    ]);
  });

  it("refuse a brace left open, naming what it opens", () => {
    expect(permitNumberPatternProblem("L4-{plate")).toEqual({
      kind: "unclosedBrace",
      fragment: "{plate",
    });
    expect(messagesOf(permitNumberPatternSchema.safeParse("L4-{plate"))).toEqual([
      { code: "pattern_unclosed_brace", params: { fragment: "{plate" } },
    ]);
    expect(permitNumberPatternProblem("{yyyy{plate}")).toEqual({
      kind: "unclosedBrace",
      fragment: "{yyyy",
    });
  });

  it("refuse a closing brace that closes nothing, naming what comes before it", () => {
    expect(permitNumberPatternProblem("L4-plate}")).toEqual({
      kind: "strayClosingBrace",
      fragment: "L4-plate}",
    });
    expect(messagesOf(permitNumberPatternSchema.safeParse("{plate}}"))).toEqual([
      { code: "pattern_stray_closing_brace", params: { fragment: "}" } },
    ]);
    expect(permitNumberPatternProblem("{{plate}}")).toMatchObject({ kind: "unclosedBrace" });
  });

  it("accept braces that each surround a placeholder", () => {
    expect(permitNumberPatternProblem("L4-{yyyy}{mm}{dd}-{plate}")).toBeUndefined();
    expect(permitNumberPatternProblem("NO BRACES")).toBeUndefined();
  });

  it("do not take a placeholder from an inherited object property", () => {
    expect(permitNumberPatternProblem("{toString}")).toMatchObject({ kind: "unknownPlaceholder" });
    expect(permitNumberPatternProblem("{__proto__}")).toMatchObject({ kind: "unknownPlaceholder" });
  });
});

describe("templateInputSchema", () => {
  const guest = {
    name: "  Guest 2 h ",
    zone: "Lot 4",
    duration: { kind: "hours", hours: 2 },
  };

  it("accepts a free template, trimming its name and dropping blank optional fields", () => {
    expect(
      templateInputSchema.parse({ ...guest, amount: "", currency: " ", permitNumberPattern: "" }),
    ).toEqual({ name: "Guest 2 h", zone: "Lot 4", duration: { kind: "hours", hours: 2 } });
  });

  it("accepts a paid template with its amount written as OPSCOM wants it", () => {
    expect(
      templateInputSchema.parse({
        ...guest,
        duration: { kind: "nextDayAt", time: "09:00" },
        amount: "14.5",
        currency: "cad",
        permitNumberPattern: " L4-{plate} ",
      }),
    ).toMatchObject({ amount: "14.50", currency: "CAD", permitNumberPattern: "L4-{plate}" });
  });

  it("asks for the currency of an amount", () => {
    const result = templateInputSchema.safeParse({ ...guest, amount: "5" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["currency"],
        message: "template_currency_required",
      }),
    ]);
  });

  it("refuses a field it does not know, a blank name and a name over 60 characters", () => {
    expect(messagesOf(templateInputSchema.safeParse({ ...guest, active: true }))).toEqual([
      { code: "body_unknown_fields", params: { body: "template", fields: "active" } },
    ]);
    expect(messagesOf(templateInputSchema.safeParse({ ...guest, name: "  " }))).toEqual([
      { code: "template_name_required" },
    ]);
    expect(messagesOf(templateInputSchema.safeParse({ ...guest, name: "x".repeat(61) }))).toEqual([
      { code: "template_name_too_long" },
    ]);
    expect(templateInputSchema.safeParse({ ...guest, name: "x".repeat(60) }).success).toBe(true);
  });

  it("refuses durations the form does not offer", () => {
    for (const duration of [
      { kind: "hours", hours: 0 },
      { kind: "days", days: 31 },
      { kind: "nextDayAt", time: "9:00" },
      { kind: "forever" },
    ]) {
      expect(templateInputSchema.safeParse({ ...guest, duration }).success).toBe(false);
    }
  });

  it("refuses what is not an object without throwing", () => {
    for (const body of [null, [], "Guest", 3]) {
      expect(messagesOf(templateInputSchema.safeParse(body))).toEqual([
        { code: "body_not_object", params: { body: "template" } },
      ]);
    }
  });
});

describe("templateChangeSchema and templateListSchema", () => {
  it("take an active flag or a whole position, nothing else", () => {
    expect(templateChangeSchema.parse({ active: false })).toEqual({ active: false });
    expect(templateChangeSchema.safeParse({ position: 1.5 }).success).toBe(false);
    expect(messagesOf(templateChangeSchema.safeParse({ name: "Other" }))).toEqual([
      { code: "body_unknown_fields", params: { body: "template_change", fields: "name" } },
    ]);
  });

  it("read a list whose number is absent on a template nobody can apply", () => {
    const list = templateListSchema.parse({
      templates: [
        {
          id: "t1",
          number: 1,
          name: "Guest 2 h",
          zone: "Lot 4",
          duration: { kind: "hours", hours: 2 },
          active: true,
          position: 0,
        },
        {
          id: "t2",
          name: "Old",
          zone: "Lot 4",
          duration: { kind: "endOfDay" },
          amount: "5.00",
          currency: "CAD",
          active: false,
          position: 1,
        },
      ],
    });
    expect(list.templates.map((template) => template.number)).toEqual([1, undefined]);
  });
});
