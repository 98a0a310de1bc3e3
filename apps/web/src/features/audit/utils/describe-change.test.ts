import { describe, expect, it } from "vitest";
import { auditMessages } from "../messages.ts";
import { describeAction } from "./audit-actions.ts";
import { describeChange } from "./describe-change.ts";

const en = auditMessages.in("en-CA");
const fr = auditMessages.in("fr-CA");

describe("describeChange", () => {
  it("shows a change as before → after, lists and flags in words", () => {
    expect(describeChange("zones", ["Lot 4"], ["Lot 4", "Lot 5"], en)).toBe(
      "zones: Lot 4 → Lot 4, Lot 5",
    );
    expect(describeChange("disabled", false, true, en)).toBe("disabled: no → yes");
    expect(describeChange("displayName", undefined, "Ana", en)).toBe("displayName: (none) → Ana");
  });

  it("words flags and missing values in French", () => {
    expect(describeChange("disabled", false, true, fr)).toBe("disabled: non → oui");
    expect(describeChange("zones", [], ["Lot 4"], fr)).toBe("zones: (aucun) → Lot 4");
  });

  it("reads an action code as words", () => {
    expect(describeAction("zone.create", en)).toBe("Zone added");
    expect(describeAction("zone.create", fr)).toBe("Zone ajoutée");
    expect(describeAction("report.export_run", en)).toBe("report export run");
  });
});
