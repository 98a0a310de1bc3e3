import { describe, expect, it } from "vitest";
import { changeKindOf } from "./change-kind.ts";

const end = (before: string, after: string) => ({ validUntil: { before, after } });

describe("changeKindOf", () => {
  it("calls a later end alone an extension, and any other update a correction", () => {
    expect(
      changeKindOf({ action: "update", fields: end("2026-07-02T15:00Z", "2026-07-02T16:00Z") }),
    ).toBe("extend");
    expect(
      changeKindOf({ action: "update", fields: end("2026-07-02T15:00Z", "2026-07-02T14:00Z") }),
    ).toBe("correct");
    expect(
      changeKindOf({
        action: "update",
        fields: {
          ...end("2026-07-02T15:00Z", "2026-07-02T16:00Z"),
          plate: { before: "A", after: "B" },
        },
      }),
    ).toBe("correct");
    expect(changeKindOf({ action: "void", fields: {} })).toBe("void");
  });
});
