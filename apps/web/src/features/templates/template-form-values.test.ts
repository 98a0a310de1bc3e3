import { type Template, templateInputSchema } from "@permit-desk/schema";
import type { FieldValues, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { fieldErrorWords } from "../../lib/i18n/problem-words.ts";
import { templatesMessages } from "./messages.ts";
import {
  emptyTemplateForm,
  formFieldOf,
  type TemplateFormValues,
  templateFormOf,
  templateFormResolver,
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

const options = {
  fields: {},
  shouldUseNativeValidation: false,
} satisfies ResolverOptions<FieldValues>;

async function errorsOf(values: Partial<TemplateFormValues>, locale: "en-CA" | "fr-CA" = "en-CA") {
  const resolve = templateFormResolver(templatesMessages.in(locale), locale);
  const result = await resolve(
    { ...emptyTemplateForm({ zone: "Lot 4", currency: "CAD" }), name: "Guest", ...values },
    undefined,
    options,
  );
  return Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [
      field,
      fieldErrorWords(error?.message ?? "", locale).join("\n"),
    ]),
  );
}

describe("the template form's checks", () => {
  it("accept a complete template", async () => {
    expect(await errorsOf({ permitNumberPattern: "G-{plate}" })).toEqual({});
  });

  it("word each refusal beside its field, in the reader's language", async () => {
    expect(await errorsOf({ name: " ", hours: "0" })).toEqual({
      name: "Enter a name for the template.",
      hours: "Enter a whole number of hours from 1 to 720.",
    });
    expect(await errorsOf({ name: " ", hours: "0" }, "fr-CA")).toEqual({
      name: "Entrez un nom pour le modèle.",
      hours: "Entrez un nombre entier d'heures de 1 à 720.",
    });
  });

  it("word hours or days that are no whole number as their range, in the reader's language", async () => {
    for (const hours of ["1,5", "-3", "1e3", "2.5", ""]) {
      expect(await errorsOf({ hours }), hours).toEqual({
        hours: "Enter a whole number of hours from 1 to 720.",
      });
      expect(await errorsOf({ hours }, "fr-CA"), hours).toEqual({
        hours: "Entrez un nombre entier d'heures de 1 à 720.",
      });
    }
    const days = await errorsOf({ durationKind: "days", days: "2,5" });
    expect(Object.keys(days)).toEqual(["days"]);
    expect(days.days).not.toMatch(/invalid input/i);
  });

  it("name the unknown placeholder, or say how long the pattern could get", async () => {
    expect(await errorsOf({ permitNumberPattern: "{date}-{plate}" })).toEqual({
      permitNumberPattern:
        "{date} is not a placeholder. Use {plate}, {yyyy}, {yy}, {mm}, {dd}, {hh} or {min}.",
    });
    expect(await errorsOf({ permitNumberPattern: `${"X".repeat(30)}{plate}` }, "fr-CA")).toEqual({
      permitNumberPattern:
        "Avec une plaque de 25 caractères, cela donne 55 caractères; un numéro de permis en compte au plus 50.",
    });
  });

  it("refuse a brace that surrounds no placeholder, showing where, in both languages", async () => {
    expect(await errorsOf({ permitNumberPattern: "L4-{plate" })).toEqual({
      permitNumberPattern:
        "“{plate” has no closing brace: braces only surround a placeholder, such as {plate}.",
    });
    expect(await errorsOf({ permitNumberPattern: "L4-plate}" }, "fr-CA")).toEqual({
      permitNumberPattern:
        "« L4-plate} » ne ferme aucun paramètre : les accolades n'entourent qu'un paramètre, comme {plate}.",
    });
  });

  it("ask a paid template for its amount, and check the time of a next-day end", async () => {
    expect(await errorsOf({ price: "paid", amount: "" })).toEqual({
      amount: "Enter an amount like 14.50, from 0.01 to 999,999.99.",
    });
    expect(await errorsOf({ price: "paid", amount: "14.505" }, "fr-CA")).toEqual({
      amount: "Entrez un montant comme 14,50, de 0,01 à 999\u00a0999,99.",
    });
    expect(await errorsOf({ durationKind: "nextDayAt", time: "9h" })).toEqual({
      time: "Enter a time like 09:00.",
    });
    expect(await errorsOf({ durationKind: "days", days: "31" })).toEqual({
      days: "Enter a whole number of days from 1 to 30.",
    });
  });
});
