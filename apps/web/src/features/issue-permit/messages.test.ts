import { describe, expect, it } from "vitest";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { issuePermitMessages } from "./messages.ts";

describe("issuePermitMessages", () => {
  it.each(LOCALES)(
    "say in %s that Alt+Z undoes one permit, but only moves between several",
    (locale) => {
      const t = issuePermitMessages.in(locale);
      const one = t("undoOffered", { seconds: 10, plate: "UM0003" });
      const several = t("undoOfferedSeveral", { seconds: 10, plate: "UM0003" });
      expect(one).toContain("UM0003");
      expect(several).toContain("UM0003");
      expect(several).toMatch(/Alt\+Z .+ (Enter|Entrée)/);
      expect(one).not.toMatch(/Enter|Entrée/);
      expect(t("undoHintSeveral", { seconds: 10 })).toMatch(/Alt\+Z .+ (Enter|Entrée)/);
      expect(t("undoHintSeveral", { seconds: 10 })).not.toContain(t("undoHint", { seconds: 10 }));
      // One permit: Alt+Z voids it there and then, which the hint says as plainly as the offer.
      expect(t("undoHint", { seconds: 10 })).toMatch(
        /Alt\+Z (undoes it at once|le révoque aussitôt)/,
      );
      expect(t("undoHint", { seconds: 10 })).not.toMatch(/Enter|Entrée/);
    },
  );

  it.each(LOCALES)("say in %s that permits were issued with the button's own verb", (locale) => {
    const t = issuePermitMessages.in(locale);
    const words = [
      t("permitIssued"),
      t("issuedOfTyped", { issued: 3, typed: 3 }),
      t("issuedOfTyped", { issued: 2, typed: 3 }),
      t("alreadyActive", { plate: "AB1", zone: "Lot 4", until: "17:30", reference: "R" }),
    ];
    for (const text of words) expect(text).not.toMatch(/délivr/);
    if (locale === "fr-CA") expect(t("permitIssued")).toBe("Permis émis");
  });

  it.each(LOCALES)(
    "never word Undo in %s as the app's Cancel, which clerks press to dismiss a message",
    (locale) => {
      const t = issuePermitMessages.in(locale);
      const cancel = commonMessages.in(locale)("cancel");
      expect(t("undo")).not.toMatch(new RegExp(`^${cancel}`, "i"));
      expect(t("undo")).toMatch(/permit|permis/);
      expect(t("voidedAnnouncement", { plate: "UM0003" })).toMatch(/OPSCOM/);
    },
  );
});
