import { describe, expect, it } from "vitest";
import { describeSlipValidity } from "./permit-slip.tsx";

const TORONTO = "America/Toronto";

describe("describeSlipValidity", () => {
  it("names the day once and the zone once for a permit within one day", () => {
    const permit = { validFrom: "2026-07-15T13:00:00Z", validUntil: "2026-07-15T21:30:00Z" };
    expect(describeSlipValidity(permit, TORONTO, "en-CA")).toBe(
      "Valid on Wednesday, July 15, 2026, from 09:00 until 17:30 EDT",
    );
    expect(describeSlipValidity(permit, TORONTO, "fr-CA")).toBe(
      "Valide le mercredi 15 juillet 2026, de 09 h 00 à 17 h 30 HAE",
    );
  });

  it("spells out both dates when the permit ends on another day", () => {
    const permit = { validFrom: "2026-07-15T22:00:00Z", validUntil: "2026-07-16T13:00:00Z" };
    expect(describeSlipValidity(permit, TORONTO, "en-CA")).toBe(
      "Valid from Wednesday, July 15, 2026 at 18:00 EDT until Thursday, July 16, 2026 at 09:00 EDT",
    );
    expect(describeSlipValidity(permit, TORONTO, "fr-CA")).toBe(
      "Valide du mercredi 15 juillet 2026 à 18 h 00 HAE au jeudi 16 juillet 2026 à 09 h 00 HAE",
    );
  });

  it("reads the day on the site's calendar, not in UTC", () => {
    // 02:00 UTC on the 16th is still the evening of the 15th in Toronto.
    const permit = { validFrom: "2026-07-15T20:00:00Z", validUntil: "2026-07-16T02:00:00Z" };
    expect(describeSlipValidity(permit, TORONTO, "en-CA")).toBe(
      "Valid on Wednesday, July 15, 2026, from 16:00 until 22:00 EDT",
    );
  });

  it("names the zone at both ends when the clocks go back between them", () => {
    // The first 01:30 of 1 November 2026 is daylight time, the second standard time.
    const permit = { validFrom: "2026-11-01T05:30:00Z", validUntil: "2026-11-01T06:30:00Z" };
    expect(describeSlipValidity(permit, TORONTO, "en-CA")).toBe(
      "Valid on Sunday, November 1, 2026, from 01:30 EDT until 01:30 EST",
    );
  });
});
