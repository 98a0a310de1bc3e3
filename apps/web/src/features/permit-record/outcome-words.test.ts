import {
  OUTCOME_DETAIL_CODES,
  OUTCOME_DETAILS,
  TEXT_AS_RECORDED,
  UNCONFIRMED_REASONS,
} from "@permit-desk/schema";
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
  const en = permitRecordMessages.in("en-CA");
  const fr = permitRecordMessages.in("fr-CA");

  it.each(LOCALES)("words every detail of its own, each differently, in %s", (locale) => {
    const t = permitRecordMessages.in(locale);
    const own = OUTCOME_DETAIL_CODES.filter(
      (code) => !TEXT_AS_RECORDED.some((kept) => kept === code),
    );
    const texts = own.map((code) => {
      const params = Object.fromEntries(OUTCOME_DETAILS[code].map((name) => [name, `<${name}>`]));
      return outcomeDetailWords({ code, params }, t);
    });
    expect(texts.filter(({ text }) => text === "" || text.includes("undefined"))).toEqual([]);
    expect(texts.every(({ recorded }) => !recorded)).toBe(true);
    expect(new Set(texts.map(({ text }) => text)).size).toBe(own.length);
  });

  it("reads Permit Desk's own details in French", () => {
    const garbled = { code: "answer_not_json_object", params: { httpStatus: 500 } } as const;
    expect(outcomeDetailWords(garbled, fr)).toEqual({
      text: "HTTP 500 : la réponse n'est pas un objet JSON",
      recorded: false,
    });
    expect(outcomeDetailWords(garbled, en)).toEqual({
      text: "HTTP 500, not a JSON object",
      recorded: false,
    });
  });

  it("counts the attempts of a request that never left, and writes a wait as each language does", () => {
    const refused = {
      code: "connection_not_made",
      params: { error: "ECONNREFUSED", attempts: 1 },
    } as const;
    expect(outcomeDetailWords(refused, en).text).toBe("ECONNREFUSED (1 attempt)");
    expect(
      outcomeDetailWords({ code: "deadline_before_sending", params: { attempts: 0 } }, fr).text,
    ).toBe("délai écoulé avant l'envoi (0 tentative)");
    const waited = { code: "no_answer_in_time", params: { timeoutMs: 10_000 } } as const;
    expect(outcomeDetailWords(waited, en).text).toBe("no answer within 10000 ms");
    expect(outcomeDetailWords(waited, fr).text).toBe("aucune réponse en 10\u00a0000 ms");
  });

  it("shows words that are not Permit Desk's as recorded, in either language", () => {
    for (const code of TEXT_AS_RECORDED) {
      expect(outcomeDetailWords({ code, params: { text: "as it came" } }, fr)).toEqual({
        text: "as it came",
        recorded: true,
      });
    }
    expect(
      outcomeDetailWords({ code: "connection_error", params: { text: "ECONNRESET" } }, fr),
    ).toEqual({ text: "ECONNRESET", recorded: true });
    expect(
      outcomeDetailWords({ code: "opscom_message", params: { text: "Plate is banned." } }, en),
    ).toEqual({ text: "Plate is banned.", recorded: true });
  });

  it("shows a detail journalled as text, before details were codes, as recorded", () => {
    const old = { code: "recorded_text", params: { text: "HTTP 500, not a JSON object" } } as const;
    expect(outcomeDetailWords(old, fr)).toEqual({
      text: "HTTP 500, not a JSON object",
      recorded: true,
    });
  });
});
