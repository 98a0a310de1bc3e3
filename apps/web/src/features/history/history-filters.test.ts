import { describe, expect, it } from "vitest";
import {
  historyFiltersFromSearch,
  historyFiltersOfValues,
  historyFilterValuesOf,
  historyPathOf,
  historySearchOf,
  isRangeBackwards,
} from "./history-filters.ts";

describe("historyFiltersFromSearch", () => {
  it("reads every filter from the address", () => {
    expect(
      historyFiltersFromSearch("plate=ab1&zone=Lot+4&state=unknown&from=2026-07-01&to=2026-07-03"),
    ).toEqual({
      plate: "ab1",
      zone: "Lot 4",
      state: "unknown",
      from: "2026-07-01",
      to: "2026-07-03",
    });
  });

  it("reads no filter from an empty address", () => {
    expect(historyFiltersFromSearch("")).toEqual({});
  });

  it("drops blank values and values the page cannot use", () => {
    expect(
      historyFiltersFromSearch("plate=+&zone=&state=lost&from=2026-02-30&to=yesterday"),
    ).toEqual({});
  });

  it("ignores parameters that are not filters", () => {
    expect(historyFiltersFromSearch("cursor=abc&plate=AB")).toEqual({ plate: "AB" });
  });
});

describe("historySearchOf", () => {
  it("writes the filters in a fixed order, leaving out the empty ones", () => {
    expect(historySearchOf({ to: "2026-07-03", zone: "Lot 4", plate: "" })).toBe(
      "zone=Lot+4&to=2026-07-03",
    );
  });

  it("gives back the filters it was read from", () => {
    const filters = { plate: "AB 1", zone: "Lot 4 & 5", state: "issued" as const };
    expect(historyFiltersFromSearch(historySearchOf(filters))).toEqual(filters);
  });
});

describe("historyPathOf", () => {
  it("is the bare history page without filters", () => {
    expect(historyPathOf({})).toBe("/history");
  });

  it("carries the filters in its query string", () => {
    expect(historyPathOf({ state: "unknown" })).toBe("/history?state=unknown");
  });
});

describe("isRangeBackwards", () => {
  it("refuses a last day before the first day", () => {
    expect(isRangeBackwards({ from: "2026-07-03", to: "2026-07-01" })).toBe(true);
  });

  it("accepts a single day, an open range, or none", () => {
    expect(isRangeBackwards({ from: "2026-07-03", to: "2026-07-03" })).toBe(false);
    expect(isRangeBackwards({ from: "2026-07-03" })).toBe(false);
    expect(isRangeBackwards({})).toBe(false);
  });
});

describe("filter form values", () => {
  it("show every filter, blank where none is set", () => {
    expect(historyFilterValuesOf({ zone: "Lot 4", from: "2026-07-01" })).toEqual({
      plate: "",
      zone: "Lot 4",
      state: "",
      from: "2026-07-01",
      to: "",
    });
  });

  it("give the filters they show, trimmed", () => {
    const values = { plate: " ab1 ", zone: "", state: "issued", from: "", to: "2026-07-03" };
    expect(historyFiltersOfValues(values)).toEqual({
      plate: "ab1",
      state: "issued",
      to: "2026-07-03",
    });
  });
});
