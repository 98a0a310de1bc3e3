import { PROBLEM_CODES, PROBLEMS, problemAsText, type WireProblem } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locale.ts";
import { fieldErrorWords, PROBLEM_WORDS, problemWords } from "./problem-words.ts";

/** A problem with each parameter the schema lists for it, and only those. */
function sampleOf(code: (typeof PROBLEM_CODES)[number]): WireProblem {
  const names: readonly string[] = PROBLEMS[code];
  if (names.length === 0) return { code };
  return { code, params: Object.fromEntries(names.map((name) => [name, 7])) };
}

describe("the problem catalogues", () => {
  it("word every problem code of the schema in English and in French", () => {
    for (const locale of LOCALES) {
      expect(Object.keys(PROBLEM_WORDS[locale]).sort()).toEqual([...PROBLEM_CODES].sort());
    }
  });

  it("give every problem words of its own, with every value they name supplied", () => {
    for (const locale of LOCALES) {
      for (const code of PROBLEM_CODES) {
        const words = problemWords(sampleOf(code), locale);
        expect(words.trim(), `${locale} ${code}`).not.toBe("");
        expect(words, `${locale} ${code}`).not.toMatch(/undefined|NaN|\[object|\{\{/);
      }
    }
  });

  it("say a problem as the app said it before, in both languages", () => {
    const zone = { code: "zone_not_assigned", params: { zone: "Lot 4" } } as const;
    expect(problemWords(zone, "en-CA")).toBe("You are not assigned to issue permits in Lot 4.");
    expect(problemWords(zone, "fr-CA")).toBe(
      "Vous n'êtes pas autorisé à émettre des permis dans Lot 4.",
    );
    expect(problemWords({ code: "amount_too_large" }, "fr-CA")).toBe(
      "Le montant peut être d'au plus 999\u00a0999,99.",
    );
  });

  it("keep French typography: the time of day, plurals and script names", () => {
    const closed = {
      code: "change_window_closed",
      params: { minutes: 1, start: "14:47" },
    } as const;
    expect(problemWords(closed, "fr-CA")).toBe(
      "Vous pouvez modifier vos propres permis jusqu'à 1 minute après leur début; celui-ci a commencé à 14 h 47. Demandez à un gestionnaire.",
    );
    expect(problemWords(closed, "en-CA")).toContain("until 1 minute after they start");
    const mixed = {
      code: "zone_name_mixed_scripts",
      params: { character: "о", position: 2, script: "Cyrillic", first: "Latin" },
    } as const;
    expect(problemWords(mixed, "fr-CA")).toContain(
      "est écrit en cyrillique, dans un nom écrit en latin",
    );
    const early = { code: "validity_start_too_early", params: { hours: 10000 } } as const;
    expect(problemWords(early, "fr-CA")).toBe(
      "Un permis peut commencer au plus 10\u00a0000 heures dans le passé.",
    );
  });

  it("say OPSCOM's published meaning of a code in French, and OPSCOM's other words as written", () => {
    const published = {
      code: "permit_refused",
      params: { detail: "The licence plate is required.", opscomErrorCode: 9006 },
    } as const;
    expect(problemWords(published, "en-CA")).toBe(
      "OPSCOM refused the permit (9006): The licence plate is required.",
    );
    expect(problemWords(published, "fr-CA")).toBe(
      "OPSCOM a refusé le permis (9006) : La plaque d'immatriculation est requise.",
    );
    const own = {
      code: "change_refused",
      params: { detail: "Plate is banned.", opscomErrorCode: 9015 },
    } as const;
    expect(problemWords(own, "fr-CA")).toBe(
      "OPSCOM a refusé la modification (9015) : Plate is banned.",
    );
    const silent = {
      code: "permit_refused",
      params: { detail: "", opscomErrorCode: 9002 },
    } as const;
    expect(problemWords(silent, "en-CA")).toContain("lacks permission");
  });
});

describe("fieldErrorWords", () => {
  it("words the problems a field keeps, one a line, in the language asked for", () => {
    const kept = [
      problemAsText({ code: "plate_required" }),
      problemAsText({ code: "validity_too_long", params: { days: 1 } }),
    ].join("\n");
    expect(fieldErrorWords(kept, "en-CA")).toEqual([
      "Enter the licence plate.",
      "A permit lasts at most 1 day.",
    ]);
    expect(fieldErrorWords(kept, "fr-CA")).toEqual([
      "Entrez la plaque d'immatriculation.",
      "Un permis dure au plus 1 jour.",
    ]);
  });

  it("shows a text that is no problem as it is", () => {
    expect(fieldErrorWords("Type the plate again.", "fr-CA")).toEqual(["Type the plate again."]);
  });
});
