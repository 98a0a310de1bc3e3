import { describe, expect, it } from "vitest";
import { sentBodyEntries } from "./sent-to-opscom.tsx";

describe("sentBodyEntries", () => {
  it("keeps the wire names and their order, strings as sent", () => {
    expect(sentBodyEntries({ LicencePlate: "AB123", zone: "Lot 4", Amount: "14.50" })).toEqual([
      ["LicencePlate", "AB123"],
      ["zone", "Lot 4"],
      ["Amount", "14.50"],
    ]);
  });

  it("writes numbers, booleans, null and nested values as JSON", () => {
    expect(sentBodyEntries({ n: 3, b: false, x: null, o: { a: [1] } })).toEqual([
      ["n", "3"],
      ["b", "false"],
      ["x", "null"],
      ["o", '{"a":[1]}'],
    ]);
  });
});
