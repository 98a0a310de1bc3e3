import { describe, expect, it } from "vitest";
import { issuesNowhere } from "./issues-nowhere.ts";

const zones = [
  { id: "z4", name: "Lot 4", active: true },
  { id: "z9", name: "Lot 9", active: false },
];

describe("issuesNowhere", () => {
  it("is true of a validator or a manager with no zone", () => {
    expect(issuesNowhere({ role: "validator", zones: [] }, zones)).toBe(true);
    expect(issuesNowhere({ role: "manager", zones: [] }, zones)).toBe(true);
  });

  it("is true of one whose only zones are out of use", () => {
    expect(issuesNowhere({ role: "validator", zones: ["Lot 9"] }, zones)).toBe(true);
  });

  it("is false of one with a zone in use, and of an administrator without any", () => {
    expect(issuesNowhere({ role: "validator", zones: ["Lot 9", "Lot 4"] }, zones)).toBe(false);
    expect(issuesNowhere({ role: "admin", zones: [] }, zones)).toBe(false);
  });
});
