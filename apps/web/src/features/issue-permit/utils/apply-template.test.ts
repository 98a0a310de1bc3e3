import type { PermitDraft, Template } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import {
  applicableTemplates,
  draftsWithTemplateNumbers,
  templatePermitNumber,
  withTemplate,
} from "./apply-template.ts";
import { UNCONFIGURED_PERMIT_FORM } from "./permit-form.ts";
import { endInWords } from "./validity.ts";

const TORONTO = "America/Toronto";
const now = new Date("2026-07-15T13:05:00Z"); // 09:05 in Toronto
const overnight: Template = {
  id: "t-overnight",
  number: 2,
  name: "Overnight guest",
  zone: "Lot 5",
  duration: { kind: "nextDayAt", time: "11:00" },
  amount: "20.00",
  currency: "USD",
  permitNumberPattern: "H-{yyyy}{mm}{dd}-{plate}",
  active: true,
  position: 1,
};
const guest: Template = {
  id: "t-guest",
  number: 1,
  name: "Guest 2 h",
  zone: "Lot 4",
  duration: { kind: "hours", hours: 2 },
  active: true,
  position: 0,
};
const form = {
  ...UNCONFIGURED_PERMIT_FORM,
  plate: "ab 123",
  zone: "Lot 4",
  validFrom: "2026-07-15T09:05",
  validUntil: "2026-07-15T11:05",
  amount: "5.00",
  currency: "CAD",
};

describe("withTemplate", () => {
  it("sets the zone, the duration and its end, the amount and the permit number", () => {
    expect(withTemplate(form, overnight, now, TORONTO)).toEqual({
      ...form,
      template: "t-overnight",
      zone: "Lot 5",
      duration: "nextDayAt:11:00",
      validUntil: "2026-07-16T11:00",
      amount: "20.00",
      currency: "USD",
      permitNo: "H-20260715-AB123",
    });
  });

  it("used after midnight, ends at the coming 11:00, spelled out as today", () => {
    const at0214 = new Date("2026-07-15T06:14:00Z");
    const applied = withTemplate(
      { ...form, validFrom: "2026-07-15T02:14", validUntil: "2026-07-15T04:14" },
      overnight,
      at0214,
      TORONTO,
    );
    expect(applied.validUntil).toBe("2026-07-15T11:00");
    expect(
      endInWords(applied.validUntil, at0214, TORONTO, "en-CA", issuePermitMessages.in("en-CA")),
    ).toBe("Until 11:00 today");
  });

  it("makes a free template's permit free, and keeps the plate and start", () => {
    const applied = withTemplate(form, guest, now, TORONTO);
    expect(applied).toMatchObject({ amount: "", permitNo: "", plate: "ab 123" });
    expect(applied.validFrom).toBe(form.validFrom);
    expect(applied.validUntil).toBe("2026-07-15T11:05");
  });
});

describe("applicableTemplates", () => {
  it("keeps the numbered ones in use, by number", () => {
    const unnumbered = { ...guest, id: "other", number: undefined };
    expect(applicableTemplates([overnight, unnumbered, guest]).map(({ id }) => id)).toEqual([
      "t-guest",
      "t-overnight",
    ]);
  });
});

describe("template permit numbers", () => {
  it("numbers from the first plate typed", () => {
    const values = { plate: "cd-9, ef1", validFrom: "2026-07-16T23:30" };
    expect(templatePermitNumber(overnight, values, now, TORONTO)).toBe("H-20260716-CD9");
    expect(templatePermitNumber(overnight, { ...values, validFrom: "" }, now, TORONTO)).toBe(
      "H-20260715-CD9",
    );
  });

  it("gives each of several plates its own number, unless the clerk typed one", () => {
    const draft: PermitDraft = {
      plate: "AB1",
      zone: "Lot 5",
      validFrom: "2026-07-15T09:05:00-04:00",
      validUntil: "2026-07-16T11:00:00-04:00",
      permitNo: "H-20260715-AB1",
    };
    const drafts = [draft, { ...draft, plate: "CD2" }];
    const options = { permitNoByClerk: false, siteTimeZone: TORONTO };
    expect(draftsWithTemplateNumbers(drafts, overnight, options).map((d) => d.permitNo)).toEqual([
      "H-20260715-AB1",
      "H-20260715-CD2",
    ]);
    const typed = draftsWithTemplateNumbers(drafts, overnight, {
      ...options,
      permitNoByClerk: true,
    });
    expect(typed.map((d) => d.permitNo)).toEqual(["H-20260715-AB1", "H-20260715-AB1"]);
  });
});
