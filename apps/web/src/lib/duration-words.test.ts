import { describe, expect, it } from "vitest";
import { describeDuration } from "./duration-words.ts";

describe("describeDuration", () => {
  it("says each kind of duration in English", () => {
    expect(describeDuration({ kind: "hours", hours: 1 }, "en-CA")).toBe("1 hour");
    expect(describeDuration({ kind: "hours", hours: 2 }, "en-CA")).toBe("2 hours");
    expect(describeDuration({ kind: "endOfDay" }, "en-CA")).toBe("Until end of day");
    expect(describeDuration({ kind: "nextDayAt", time: "09:00" }, "en-CA")).toBe(
      "Until 09:00 the next day",
    );
    expect(describeDuration({ kind: "days", days: 3 }, "en-CA")).toBe("3 days");
  });

  it("says them in Canadian French, times as French writes them", () => {
    expect(describeDuration({ kind: "hours", hours: 1 }, "fr-CA")).toBe("1 heure");
    expect(describeDuration({ kind: "nextDayAt", time: "17:30" }, "fr-CA")).toBe(
      "Jusqu'au lendemain 17 h 30",
    );
    expect(describeDuration({ kind: "days", days: 3 }, "fr-CA")).toBe("3 jours");
  });
});
