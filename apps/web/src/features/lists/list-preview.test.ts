import type { BatchPreview } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { shownRows } from "./list-preview.tsx";

const preview: BatchPreview = {
  rows: [
    { position: 1, plate: "AA1", warnings: [] },
    {
      position: 3,
      plate: "AA1",
      warnings: [{ code: "plate_repeated_in_list", params: { position: 1 } }],
    },
    { position: 4, plate: "", fieldErrors: { plate: [{ code: "plate_required" }] }, warnings: [] },
    {
      position: 5,
      plate: "BB2",
      refusal: { code: "zone_not_assigned", params: { zone: "Lot 9" } },
      warnings: [],
    },
  ],
  totals: { rows: 4, toIssue: 2, refused: 2, warned: 1, amounts: [] },
};

describe("the preview's order", () => {
  it("shows refused rows first, then warned ones, then the others, then those left out, each in the list's order", () => {
    // Row 2 was left out: the preview names the others by their own numbers.
    const shown = shownRows(5, preview);
    expect(shown.map(({ index }) => index)).toEqual([3, 4, 2, 0, 1]);
    expect(shown[4]?.checked).toBeUndefined();
  });
});
