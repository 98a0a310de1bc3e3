import { describe, expect, it } from "vitest";
import { apiErrorSchema, issuedPermitSchema } from "./api.ts";

describe("apiErrorSchema", () => {
  it("reads a validation error with messages for the form's fields", () => {
    const answer = {
      error: {
        code: "validation",
        message: "Check the highlighted fields.",
        fieldErrors: {
          plate: ["Enter the licence plate."],
          validUntil: ["The permit must end after it starts."],
        },
      },
    };
    expect(apiErrorSchema.parse(answer)).toEqual(answer);
  });

  it("reads an OPSCOM refusal carrying OPSCOM's error code", () => {
    const answer = {
      error: {
        code: "opscom_rejected",
        message: "The API token is missing.",
        opscomErrorCode: 9001,
      },
    };
    expect(apiErrorSchema.parse(answer)).toEqual(answer);
  });

  it("refuses an error code the API does not have", () => {
    expect(apiErrorSchema.safeParse({ error: { code: "oops", message: "?" } }).success).toBe(false);
  });

  it("drops field errors for fields the form does not have", () => {
    const answer = {
      error: { code: "validation", message: "m", fieldErrors: { apiToken: ["x"] } },
    };
    expect(apiErrorSchema.parse(answer).error.fieldErrors).toEqual({});
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
