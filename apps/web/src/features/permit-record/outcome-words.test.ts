import { UNCONFIRMED_REASONS } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { permitRecordMessages } from "./messages.ts";
import { outcomeDetailWords, outcomeReasonWords } from "./outcome-words.ts";

describe("why OPSCOM did not confirm, in words", () => {
  it.each(LOCALES)("names every reason the journal records, each differently, in %s", (locale) => {
    const t = permitRecordMessages.in(locale);
    const words = UNCONFIRMED_REASONS.map((reason) => outcomeReasonWords(reason, t));
    expect(words.every(({ recorded }) => !recorded)).toBe(true);
    expect(new Set(words.map(({ text }) => text)).size).toBe(UNCONFIRMED_REASONS.length);
    expect(words.map(({ text }) => text)).not.toContain("unreadable_answer");
  });

  it("reads an unreadable answer in French", () => {
    const fr = permitRecordMessages.in("fr-CA");
    expect(outcomeReasonWords("unreadable_answer", fr)).toEqual({
      text: "Réponse illisible",
      recorded: false,
    });
  });

  it("shows a reason it does not know as recorded", () => {
    const en = permitRecordMessages.in("en-CA");
    expect(outcomeReasonWords("solar_flare", en)).toEqual({ text: "solar_flare", recorded: true });
  });
});

describe("the detail of an outcome, in words", () => {
  it("reads Permit Desk's own details in French", () => {
    expect(outcomeDetailWords("HTTP 500, not a JSON object", "fr-CA")).toEqual({
      text: "HTTP 500 : la réponse n'est pas un objet JSON",
      recorded: false,
    });
    expect(outcomeDetailWords("HTTP 500, not a JSON object", "en-CA")).toEqual({
      text: "HTTP 500, not a JSON object",
      recorded: false,
    });
  });

  it("shows words it has no translation for as recorded, in either language", () => {
    expect(outcomeDetailWords("ECONNRESET", "fr-CA")).toEqual({
      text: "ECONNRESET",
      recorded: true,
    });
    expect(outcomeDetailWords("Plate is banned.", "en-CA")).toEqual({
      text: "Plate is banned.",
      recorded: true,
    });
  });
});
