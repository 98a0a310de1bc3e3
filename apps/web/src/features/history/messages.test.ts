import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { historyMessages } from "./messages.ts";

describe("permit states in words", () => {
  it.each(LOCALES)("tells the two findings apart in %s", (locale) => {
    const t = historyMessages.in(locale);
    expect(t("findingSummary", { finding: "exists" })).not.toBe(
      t("findingSummary", { finding: "absent" }),
    );
  });
});
