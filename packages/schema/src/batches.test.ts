import { describe, expect, it } from "vitest";
import { draftFieldOfHeader } from "./batches.ts";

describe("a list's column headers", () => {
  it("are read by Permit Desk's names and by every name OPSCOM's Push API accepts", () => {
    const headers = {
      plate: ["plate", "LicencePlate"],
      zone: ["zone", "ParkingZoneName"],
      validFrom: ["validFrom", "startTime", "StartDateUtc"],
      validUntil: ["validUntil", "endTime", "EndDateUtc"],
      amount: ["amount", "Amount"],
      currency: ["currency", "CurrencyID"],
      permitNo: ["permitNo", "TicketNumber"],
    };
    for (const [field, names] of Object.entries(headers)) {
      for (const name of names) expect(draftFieldOfHeader(name), name).toBe(field);
    }
  });

  it("are read by the words the Lists page and the preview use for each field, in English and in French", () => {
    const headers = {
      plate: [
        "Plate",
        "Licence plate",
        "Plaque",
        "Plaque d'immatriculation",
        "Plaque d’immatriculation",
      ],
      zone: ["Zone"],
      validFrom: ["start", "Valid from", "début", "Début", "Valide du", "Valide à partir de"],
      validUntil: ["end", "Valid until", "fin", "Valide jusqu'au", "Valide jusqu’à"],
      amount: ["amount", "Montant"],
      currency: ["currency", "Devise"],
      permitNo: ["permit number", "Permit no.", "numéro de permis", "No de permis"],
    };
    for (const [field, names] of Object.entries(headers)) {
      for (const name of names) expect(draftFieldOfHeader(name), name).toBe(field);
    }
    // "début" typed as e + a combining accent is the same word.
    expect(draftFieldOfHeader("de\u0301but")).toBe("validFrom");
  });

  it("ignore capitals, spaces, hyphens and underscores, and name nothing else", () => {
    expect(draftFieldOfHeader(" Licence Plate ")).toBe("plate");
    expect(draftFieldOfHeader("PARKING_ZONE-NAME")).toBe("zone");
    expect(draftFieldOfHeader("start date utc")).toBe("validFrom");
    expect(draftFieldOfHeader("notes")).toBeUndefined();
    expect(draftFieldOfHeader("")).toBeUndefined();
  });
});
