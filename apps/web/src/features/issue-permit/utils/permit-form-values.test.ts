import { type ClientConfig, DEFAULT_VALIDITY_BOUNDS } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { blankPermitForm } from "./permit-form-values.ts";

const config: ClientConfig = {
  demo: true,
  siteTimeZone: "America/Toronto",
  zones: ["Lot 1", "Lot 4"],
  defaultCurrency: "CAD",
  currencies: ["CAD", "USD"],
  opscomTimeoutMs: 10_000,
  plateEntry: "single",
  undoSeconds: 10,
  changeWindowMinutes: 15,
  validityBounds: DEFAULT_VALIDITY_BOUNDS,
};
const now = new Date("2026-07-15T13:05:00Z");

describe("blankPermitForm", () => {
  it("starts empty, in the first zone, from now for two hours, in the default currency", () => {
    expect(blankPermitForm(config, now)).toEqual({
      plate: "",
      plateAgain: "",
      zone: "Lot 1",
      validFrom: "2026-07-15T09:05",
      validUntil: "2026-07-15T11:05",
      duration: "hours:2",
      amount: "",
      currency: "CAD",
      permitNo: "",
      template: "",
    });
  });

  it("keeps the zone of the previous permit", () => {
    expect(blankPermitForm(config, now, "Lot 4").zone).toBe("Lot 4");
  });

  it("leaves the zone to choose when the site has none configured", () => {
    expect(blankPermitForm({ ...config, zones: [] }, now).zone).toBe("");
  });
});
