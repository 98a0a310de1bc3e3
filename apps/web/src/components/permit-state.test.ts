import { PERMIT_STATES } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../lib/i18n/locale.ts";
import { permitStateMessages } from "./permit-state.tsx";

describe("permit states in words", () => {
  it.each(LOCALES)("names every state, each differently, in %s", (locale) => {
    const t = permitStateMessages.in(locale);
    const labels = PERMIT_STATES.map((state) => t("stateLabel", { state }));
    expect(labels.every(Boolean)).toBe(true);
    expect(new Set(labels).size).toBe(PERMIT_STATES.length);
    expect(PERMIT_STATES.every((state) => t("stateMeaning", { state }).endsWith("."))).toBe(true);
  });

  it("says a permit OPSCOM did not confirm may or may not exist", () => {
    const en = permitStateMessages.in("en-CA");
    expect(en("stateLabel", { state: "unknown" })).toBe("Not confirmed");
    expect(en("stateMeaning", { state: "unknown" })).toBe(
      "OPSCOM did not confirm — this permit may or may not exist.",
    );
    expect(permitStateMessages.in("fr-CA")("stateLabel", { state: "unknown" })).toBe(
      "Non confirmé",
    );
  });
});
