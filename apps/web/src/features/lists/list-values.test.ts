import type { Template } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { batchInputOf, withListTemplate } from "./list-values.ts";

const TORONTO = "America/Toronto";
const now = new Date("2026-07-15T13:05:00Z");
const guest: Template = {
  id: "t-guest",
  number: 1,
  name: "Guest 4 h",
  zone: "Lot 5",
  duration: { kind: "hours", hours: 4 },
  amount: "6.00",
  currency: "CAD",
  permitNumberPattern: "G-{plate}",
  active: true,
  position: 0,
};
const values = {
  template: "",
  zone: "Lot 4",
  validFrom: "2026-07-15T09:00",
  validUntil: "2026-07-15T11:00",
};

describe("a list's values", () => {
  it("take a template's zone, and its duration from the list's start", () => {
    expect(withListTemplate(values, guest, TORONTO)).toEqual({
      template: "t-guest",
      zone: "Lot 5",
      validFrom: "2026-07-15T09:00",
      validUntil: "2026-07-15T13:00",
    });
    expect(withListTemplate({ ...values, template: "t-guest" }, undefined, TORONTO).template).toBe(
      "",
    );
  });

  it("fill what a row lacks, in the site's time with its offset, and number each plate by the template's pattern", () => {
    const input = batchInputOf(
      [{ plate: "ab 1" }, { plate: "CD2", permitNo: "OWN-1", zone: "Lot 4" }],
      withListTemplate(values, guest, TORONTO),
      guest,
      now,
      TORONTO,
    );
    expect(input).toEqual({
      rows: [
        { plate: "ab 1", permitNo: "G-AB1" },
        { plate: "CD2", permitNo: "OWN-1", zone: "Lot 4" },
      ],
      values: {
        zone: "Lot 5",
        validFrom: "2026-07-15T09:00:00-04:00",
        validUntil: "2026-07-15T13:00:00-04:00",
        amount: "6.00",
        currency: "CAD",
      },
      templateId: "t-guest",
    });
  });

  it("send no amount, currency or template without a template", () => {
    const input = batchInputOf([{ plate: "AB1" }], values, undefined, now, TORONTO);
    expect(input.values).toEqual({
      zone: "Lot 4",
      validFrom: "2026-07-15T09:00:00-04:00",
      validUntil: "2026-07-15T11:00:00-04:00",
    });
    expect(input).not.toHaveProperty("templateId");
  });
});
