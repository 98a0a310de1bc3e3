import { describe, expect, it } from "vitest";
import { describeAction } from "./audit-actions.ts";
import { describeChange } from "./describe-change.ts";

describe("describeChange", () => {
  it("shows a change as before → after, lists and flags in words", () => {
    expect(describeChange("zones", ["Lot 4"], ["Lot 4", "Lot 5"])).toBe(
      "zones: Lot 4 → Lot 4, Lot 5",
    );
    expect(describeChange("disabled", false, true)).toBe("disabled: no → yes");
    expect(describeChange("displayName", undefined, "Ana")).toBe("displayName: (none) → Ana");
  });

  it("reads an action code as words", () => {
    expect(describeAction("zone.create")).toBe("Zone added");
    expect(describeAction("report.export_run")).toBe("report export run");
  });
});
