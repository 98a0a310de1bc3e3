import { PERMIT_CHANGE_STATES, PERMIT_STATUSES } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { permitStateMessages } from "../../components/permit-state.tsx";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { permitRecordMessages } from "./messages.ts";

describe("the words of permit changes", () => {
  it.each(LOCALES)(
    "names every status and every change state, each differently, in %s",
    (locale) => {
      const t = permitRecordMessages.in(locale);
      const statuses = PERMIT_STATUSES.map((status) =>
        permitStateMessages.in(locale)("status", { status }),
      );
      const states = PERMIT_CHANGE_STATES.map((state) => t("changeState", { state }));
      expect(new Set(statuses).size).toBe(PERMIT_STATUSES.length);
      expect(new Set(states).size).toBe(PERMIT_CHANGE_STATES.length);
    },
  );

  it("says why a validator past the window cannot change a permit, in both languages", () => {
    const time = "Jul 2, 2026, 09:00 EDT";
    expect(permitRecordMessages.in("en-CA")("blockWindowClosed", { minutes: 15, time })).toBe(
      "You can change your own permits until 15 minutes after they start; this one started Jul 2, 2026, 09:00 EDT. Ask a manager.",
    );
    expect(permitRecordMessages.in("fr-CA")("blockWindowClosed", { minutes: 1, time })).toContain(
      "jusqu'à 1 minute après leur début",
    );
  });
});

describe("a permit's findings in words", () => {
  it.each(LOCALES)("tells the two findings apart in %s", (locale) => {
    const t = permitRecordMessages.in(locale);
    expect(t("findingLabel", { finding: "exists" })).not.toBe(
      t("findingLabel", { finding: "absent" }),
    );
  });
});

describe("a finding's note in words", () => {
  it.each(LOCALES)("says the note's limit, in %s", (locale) => {
    const t = permitRecordMessages.in(locale);
    expect(t("noteHint", { max: 1000 })).toMatch(/1[,\s\u202f]000/);
  });

  it("counts a note, and says how far over the limit it is", () => {
    const en = permitRecordMessages.in("en-CA");
    expect(en("noteCount", { count: 12, max: 1000 })).toBe("12 of 1,000 characters.");
    expect(en("noteCount", { count: 5000, max: 1000 })).toBe(
      "5,000 characters: 4,000 over the limit of 1,000. Shorten the note to record it.",
    );
  });
});
