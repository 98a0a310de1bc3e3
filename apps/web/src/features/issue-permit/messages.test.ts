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
    },
  );

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
