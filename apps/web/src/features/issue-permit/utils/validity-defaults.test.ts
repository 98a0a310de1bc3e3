import { describe, expect, it } from "vitest";
import { defaultValidity } from "./validity-defaults.ts";

describe("defaultValidity", () => {
  it("runs from now until two hours later, in the site's wall-clock time", () => {
    const now = new Date("2026-07-15T13:05:00Z");
    expect(defaultValidity(now, "America/Toronto")).toEqual({
      validFrom: "2026-07-15T09:05",
      validUntil: "2026-07-15T11:05",
    });
  });

  it("reads the same instant in another site's zone", () => {
    const now = new Date("2026-07-15T13:05:00Z");
    expect(defaultValidity(now, "Europe/Paris")).toEqual({
      validFrom: "2026-07-15T15:05",
      validUntil: "2026-07-15T17:05",
    });
  });

  it("starts at the current minute, as the input shows it", () => {
    const now = new Date("2026-07-15T13:05:59.999Z");
    expect(defaultValidity(now, "UTC").validFrom).toBe("2026-07-15T13:05");
    expect(defaultValidity(now, "UTC").validUntil).toBe("2026-07-15T15:05");
  });

  it("lasts two elapsed hours across the spring daylight-saving jump", () => {
    const now = new Date("2026-03-08T06:30:00Z"); // 01:30 EST, the clocks jump at 02:00
    expect(defaultValidity(now, "America/Toronto")).toEqual({
      validFrom: "2026-03-08T01:30",
      validUntil: "2026-03-08T04:30",
    });
  });

  it("lasts two elapsed hours across the autumn daylight-saving change", () => {
    const now = new Date("2026-11-01T05:30:00Z"); // 01:30 EDT, the first of two
    expect(defaultValidity(now, "America/Toronto")).toEqual({
      validFrom: "2026-11-01T01:30",
      validUntil: "2026-11-01T02:30",
    });
  });
});
