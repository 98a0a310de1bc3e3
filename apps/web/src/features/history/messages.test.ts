import { PERMIT_STATES } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { historyMessages } from "./messages.ts";

describe("permit states in words", () => {
  it.each(LOCALES)("names every state, each differently, in %s", (locale) => {
    const t = historyMessages.in(locale);
    const labels = PERMIT_STATES.map((state) => t("stateLabel", { state }));
    expect(labels.every(Boolean)).toBe(true);
    expect(new Set(labels).size).toBe(PERMIT_STATES.length);
    expect(PERMIT_STATES.every((state) => t("stateMeaning", { state }).endsWith("."))).toBe(true);
  });

  it("says a permit OPSCOM did not confirm may or may not exist", () => {
    const en = historyMessages.in("en-CA");
    expect(en("stateLabel", { state: "unknown" })).toBe("Not confirmed");
    expect(en("stateMeaning", { state: "unknown" })).toBe(
      "OPSCOM did not confirm — this permit may or may not exist.",
    );
    expect(historyMessages.in("fr-CA")("stateLabel", { state: "unknown" })).toBe("Non confirmé");
  });

  it.each(LOCALES)("tells the two findings apart in %s", (locale) => {
    const t = historyMessages.in(locale);
    expect(t("findingLabel", { finding: "exists" })).not.toBe(
      t("findingLabel", { finding: "absent" }),
    );
    expect(t("findingSummary", { finding: "exists" })).not.toBe(
      t("findingSummary", { finding: "absent" }),
    );
  });
});

describe("a finding's note in words", () => {
  it.each(LOCALES)("says the note's limit, in %s", (locale) => {
    const t = historyMessages.in(locale);
    expect(t("noteHint", { max: 1000 })).toMatch(/1[,\s\u202f]000/);
  });

  it("counts a note, and says how far over the limit it is", () => {
    const en = historyMessages.in("en-CA");
    expect(en("noteCount", { count: 12, max: 1000 })).toBe("12 of 1,000 characters.");
    expect(en("noteCount", { count: 5000, max: 1000 })).toBe(
      "5,000 characters: 4,000 over the limit of 1,000. Shorten the note to record it.",
    );
  });
});
