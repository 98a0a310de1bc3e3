import type { FieldValues, ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { templatesMessages } from "./messages.ts";
import { templateFormResolver } from "./template-form-resolver.ts";
import { emptyTemplateForm, type TemplateFormValues } from "./template-form-values.ts";

const options = {
  fields: {},
  shouldUseNativeValidation: false,
} satisfies ResolverOptions<FieldValues>;

async function errorsOf(values: Partial<TemplateFormValues>, locale: "en-CA" | "fr-CA" = "en-CA") {
  const resolve = templateFormResolver(templatesMessages.in(locale));
  const result = await resolve(
    { ...emptyTemplateForm({ zone: "Lot 4", currency: "CAD" }), name: "Guest", ...values },
    undefined,
    options,
  );
  return Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [field, error?.message]),
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
      amount: "Enter an amount like 14.50, from 0.01 to 999999.99.",
    });
    expect(await errorsOf({ durationKind: "nextDayAt", time: "9h" })).toEqual({
      time: "Enter a time like 09:00.",
    });
    expect(await errorsOf({ durationKind: "days", days: "31" })).toEqual({
      days: "Enter a whole number of days from 1 to 30.",
    });
  });
});
