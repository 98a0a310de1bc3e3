import { PERMIT_CHANGE_STATES, PERMIT_STATUSES } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { changeMessages } from "./messages.ts";

describe("the words of permit changes", () => {
  it.each(LOCALES)(
    "names every status and every change state, each differently, in %s",
    (locale) => {
      const t = changeMessages.in(locale);
      const statuses = PERMIT_STATUSES.map((status) => t("status", { status }));
      const states = PERMIT_CHANGE_STATES.map((state) => t("changeState", { state }));
      expect(new Set(statuses).size).toBe(PERMIT_STATUSES.length);
      expect(new Set(states).size).toBe(PERMIT_CHANGE_STATES.length);
    },
  );

  it("says why a validator past the window cannot change a permit, in both languages", () => {
    const time = "Jul 2, 2026, 09:00 EDT";
    expect(changeMessages.in("en-CA")("blockWindowClosed", { minutes: 15, time })).toBe(
      "You can change your own permits until 15 minutes after they start; this one started Jul 2, 2026, 09:00 EDT. Ask a manager.",
    );
    expect(changeMessages.in("fr-CA")("blockWindowClosed", { minutes: 1, time })).toContain(
      "jusqu'à 1 minute après leur début",
    );
  });
});
