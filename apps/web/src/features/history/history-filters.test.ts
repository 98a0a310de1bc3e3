import { historyQuerySchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import {
  endOfSiteDay,
  historyFiltersFromSearch,
  historyFiltersOfValues,
  historyFilterValuesOf,
  historyPathOf,
  historyQueryOf,
  historySearchOf,
  isCalendarDay,
  isRangeBackwards,
  startOfSiteDay,
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
      show: "",
      from: "2026-07-01",
      to: "",
    });
  });

  it("give the filters they show, trimmed", () => {
    const values = {
      plate: " ab1 ",
      zone: "",
      state: "issued",
      show: "",
      from: "",
      to: "2026-07-03",
    };
    expect(historyFiltersOfValues(values)).toEqual({
      plate: "ab1",
      state: "issued",
      to: "2026-07-03",
    });
  });
});

describe("isCalendarDay", () => {
  it("accepts a day as a date input gives it", () => {
    expect(isCalendarDay("2026-07-15")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
  });

  it("refuses a day that does not exist, or any other text", () => {
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("2026-7-15")).toBe(false);
    expect(isCalendarDay("2026-07-15T00:00")).toBe(false);
    expect(isCalendarDay("")).toBe(false);
  });
});

describe("startOfSiteDay", () => {
  it("is midnight on the site's clock, whatever the machine's zone", () => {
    expect(startOfSiteDay("2026-07-15", "America/Toronto")).toBe("2026-07-15T00:00:00-04:00");
    expect(startOfSiteDay("2026-01-15", "America/Toronto")).toBe("2026-01-15T00:00:00-05:00");
    expect(startOfSiteDay("2026-07-15", "UTC")).toBe("2026-07-15T00:00:00Z");
  });

  it("is the first instant of a day whose midnight the clocks skip", () => {
    // Santiago moves its clocks from 00:00 to 01:00 on the first Sunday of September.
    expect(startOfSiteDay("2026-09-06", "America/Santiago")).toBe("2026-09-06T01:00:00-03:00");
  });
});

describe("endOfSiteDay", () => {
  it("is the next midnight on the site's clock", () => {
    expect(endOfSiteDay("2026-07-15", "America/Toronto")).toBe("2026-07-16T00:00:00-04:00");
  });

  it("spans 23 elapsed hours on the day the clocks go forward", () => {
    const start = Date.parse(startOfSiteDay("2026-03-08", "America/Toronto"));
    const end = Date.parse(endOfSiteDay("2026-03-08", "America/Toronto"));
    expect((end - start) / 3_600_000).toBe(23);
  });

  it("spans 25 elapsed hours on the day the clocks go back", () => {
    const start = Date.parse(startOfSiteDay("2026-11-01", "America/Toronto"));
    const end = Date.parse(endOfSiteDay("2026-11-01", "America/Toronto"));
    expect((end - start) / 3_600_000).toBe(25);
  });
});

describe("historyQueryOf", () => {
  it("turns the chosen days into instants on the site's clock, the last day included", () => {
    const query = historyQueryOf({ from: "2026-07-01", to: "2026-07-03" }, "America/Toronto");
    expect(query.validFrom).toBe("2026-07-01T00:00:00-04:00");
    expect(query.validTo).toBe("2026-07-04T00:00:00-04:00");
  });

  it("passes plate, zone and state through", () => {
    const query = historyQueryOf({ plate: "ab1", zone: "Lot 4", state: "unknown" }, "UTC");
    expect(query).toMatchObject({ plate: "ab1", zone: "Lot 4", state: "unknown" });
  });

  it("asks for voided, changed or unchecked permits by the BFF's own flags, one at a time", () => {
    expect(historyQueryOf({ show: "voided" }, "UTC")).toMatchObject({ voided: "true" });
    expect(historyQueryOf({ show: "changed" }, "UTC")).toMatchObject({ changed: "true" });
    const awaiting = historyQueryOf({ show: "awaiting" }, "UTC");
    expect(awaiting).toMatchObject({ awaitingFinding: "true" });
    expect(historyQuerySchema.parse(awaiting)).toEqual({ awaitingFinding: "true" });
    expect(historyFiltersFromSearch("show=voided&state=issued")).toEqual({
      state: "issued",
      show: "voided",
    });
    expect(historyFiltersFromSearch("show=everything")).toEqual({});
  });

  it("gives a query the BFF's own schema accepts", () => {
    const query = historyQueryOf(
      { plate: "AB", zone: "Lot 4", state: "issued", from: "2026-03-08", to: "2026-11-01" },
      "America/Toronto",
    );
    const parsed = historyQuerySchema.safeParse(query);
    expect(parsed.success).toBe(true);
  });
});
