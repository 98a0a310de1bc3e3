import { historyQuerySchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { historyQueryOf, historyQueryString } from "./history-query.ts";

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

  it("gives a query the BFF's own schema accepts", () => {
    const query = historyQueryOf(
      { plate: "AB", zone: "Lot 4", state: "issued", from: "2026-03-08", to: "2026-11-01" },
      "America/Toronto",
    );
    const parsed = historyQuerySchema.safeParse(query);
    expect(parsed.success).toBe(true);
  });
});

describe("historyQueryString", () => {
  it("leaves out what is not asked for", () => {
    expect(historyQueryString({ plate: "AB", zone: undefined, cursor: "" })).toBe("plate=AB");
  });

  it("escapes offsets and spaces", () => {
    expect(
      historyQueryString({ zone: "Lot 4", validFrom: "2026-07-01T00:00:00+02:00", cursor: "c2" }),
    ).toBe("zone=Lot+4&validFrom=2026-07-01T00%3A00%3A00%2B02%3A00&cursor=c2");
  });
});
