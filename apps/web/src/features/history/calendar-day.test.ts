import { describe, expect, it } from "vitest";
import { isCalendarDay, nextCalendarDay } from "./calendar-day.ts";

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

describe("nextCalendarDay", () => {
  it("moves to the next day across a month and a year", () => {
    expect(nextCalendarDay("2026-07-15")).toBe("2026-07-16");
    expect(nextCalendarDay("2026-02-28")).toBe("2026-03-01");
    expect(nextCalendarDay("2026-12-31")).toBe("2027-01-01");
  });

  it("refuses text that is not a day", () => {
    expect(() => nextCalendarDay("soon")).toThrow(RangeError);
  });
});
