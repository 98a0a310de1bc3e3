import { type Template, templateInputSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import {
  emptyTemplateForm,
  formFieldOf,
  templateFormOf,
  templateInputOf,
} from "./template-form-values.ts";

const blank = emptyTemplateForm({ zone: "Lot 4", currency: "CAD" });

describe("templateInputOf", () => {
  it("sends a free template without amount, currency or a blank pattern", () => {
    expect(
      templateInputOf({ ...blank, name: "Guest 2 h", amount: "5", permitNumberPattern: " " }),
    ).toEqual({
      name: "Guest 2 h",
      zone: "Lot 4",
      duration: { kind: "hours", hours: 2 },
    });
  });

  it("sends the one number or time the chosen duration needs", () => {
    const of = (values: Partial<typeof blank>) => templateInputOf({ ...blank, ...values }).duration;
    expect(of({ durationKind: "days", days: "3", hours: "oops" })).toEqual({
      kind: "days",
      days: 3,
    });
    expect(of({ durationKind: "nextDayAt", time: "07:30" })).toEqual({
      kind: "nextDayAt",
      time: "07:30",
    });
    expect(of({ durationKind: "endOfDay" })).toEqual({ kind: "endOfDay" });
  });

  it("turns a count that is not digits into something the schema refuses", () => {
    for (const hours of ["", "2.5", "two", "-1"]) {
      const input = templateInputOf({ ...blank, name: "Guest", hours });
      expect(templateInputSchema.safeParse(input).success, hours).toBe(false);
    }
  });

  it("sends a paid template's amount and currency", () => {
    expect(
      templateInputOf({ ...blank, name: "Day", price: "paid", amount: "14.5", currency: "USD" }),
    ).toMatchObject({ amount: "14.5", currency: "USD" });
  });
});

describe("templateFormOf", () => {
  it("reads a template back into the form it came from", () => {
    const template: Template = {
      id: "t1",
      number: 1,
      name: "Overnight",
      zone: "Lot 5",
      duration: { kind: "nextDayAt", time: "09:00" },
      amount: "12.50",
      currency: "USD",
      permitNumberPattern: "L5-{plate}",
      active: true,
      position: 0,
    };
    const values = templateFormOf(template, "CAD");
    expect(values).toMatchObject({ durationKind: "nextDayAt", time: "09:00", price: "paid" });
    expect(templateInputSchema.parse(templateInputOf(values))).toEqual({
      name: "Overnight",
      zone: "Lot 5",
      duration: { kind: "nextDayAt", time: "09:00" },
      amount: "12.50",
      currency: "USD",
      permitNumberPattern: "L5-{plate}",
    });
  });
});

describe("formFieldOf", () => {
  it("puts each schema issue beside the input it is about", () => {
    expect(formFieldOf(["duration", "hours"])).toBe("hours");
    expect(formFieldOf(["duration", "time"])).toBe("time");
    expect(formFieldOf(["duration"])).toBe("durationKind");
    expect(formFieldOf(["permitNumberPattern"])).toBe("permitNumberPattern");
    expect(formFieldOf([])).toBe("name");
  });
});
