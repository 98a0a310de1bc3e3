import { describe, expect, it } from "vitest";
import { changeReasonText, UNDO_REASON } from "./undo-reason.ts";

describe("changeReasonText", () => {
  it("reads an Undo's reason in the reader's language, and a typed reason as typed", () => {
    expect(changeReasonText(UNDO_REASON, "en-CA")).toBe("Undone right after issuing");
    expect(changeReasonText(UNDO_REASON, "fr-CA")).toBe("Annulé juste après l'émission");
    expect(changeReasonText("Plate typed wrong", "fr-CA")).toBe("Plate typed wrong");
  });
});
