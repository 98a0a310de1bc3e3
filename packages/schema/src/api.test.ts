import { describe, expect, it } from "vitest";
import { issuedPermitSchema } from "./api.ts";
import { apiErrorSchema } from "./api-error.ts";

describe("apiErrorSchema", () => {
  it("reads a validation error with the problems of the form's fields", () => {
    const answer = {
      error: {
        code: "validation",
        fieldErrors: {
          plate: [{ code: "plate_required" }],
          validUntil: [{ code: "validity_too_long", params: { days: 30 } }],
        },
      },
    };
    expect(apiErrorSchema.parse(answer)).toEqual(answer);
  });

  it("reads an OPSCOM refusal carrying OPSCOM's error code and its own words", () => {
    const answer = {
      error: {
        code: "opscom_rejected",
        reason: "permit_refused",
        params: { detail: "The API token is missing." },
        opscomErrorCode: 9001,
      },
    };
    expect(apiErrorSchema.parse(answer)).toEqual(answer);
  });

  it("refuses an error code the API does not have", () => {
    expect(apiErrorSchema.safeParse({ error: { code: "oops" } }).success).toBe(false);
  });

  it("refuses a reason or a field problem that is not a known code", () => {
    expect(
      apiErrorSchema.safeParse({ error: { code: "validation", reason: "oops" } }).success,
    ).toBe(false);
    const prose = { plate: [{ code: "Enter the licence plate." }] };
    expect(
      apiErrorSchema.safeParse({ error: { code: "validation", fieldErrors: prose } }).success,
    ).toBe(false);
  });
});

describe("issuedPermitSchema", () => {
  it("reads an issued permit without amount, currency or permit number", () => {
    const issued = {
      referenceId: "1a9b5375-cb75-4c71-9939-eeae550b09ac",
      journalId: "0b6d2f4e-3c1a-4e8e-9a57-6f0b1d2c3e4f",
      plate: "PL8RDR",
      zone: "Lot 4",
      validFrom: "2018-07-02T09:00:00Z",
      validUntil: "2018-07-02T17:00:00Z",
    };
    expect(issuedPermitSchema.parse(issued)).toEqual(issued);
  });

  it("refuses an issued permit without its reference", () => {
    expect(issuedPermitSchema.safeParse({ plate: "PL8RDR", zone: "Lot 4" }).success).toBe(false);
  });
});
