import { describe, expect, it } from "vitest";
import { describeAction, describeChange } from "./describe-change.ts";

describe("describeChange", () => {
  it("shows a change as before → after, lists and flags in words", () => {
    expect(describeChange("zones", ["Lot 4"], ["Lot 4", "Lot 5"])).toBe(
      "zones: Lot 4 → Lot 4, Lot 5",
    );
    expect(describeChange("disabled", false, true)).toBe("disabled: no → yes");
    expect(describeChange("displayName", undefined, "Ana")).toBe("displayName: (none) → Ana");
  });

  it("reads an action code as words", () => {
    expect(describeAction("user.created")).toBe("user created");
    expect(describeAction("sign_in_failed")).toBe("sign in failed");
  });
});
