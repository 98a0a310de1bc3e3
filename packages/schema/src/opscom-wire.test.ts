import { describe, expect, it } from "vitest";
import {
  canonicalizePermitBody,
  canonicalizeUpdateBody,
  opscomErrorSchema,
  opscomStatsSchema,
  opscomSuccessSchema,
  PERMIT_FIELD_NAMES,
  permitCreateWireSchema,
  permitDeleteWireSchema,
  permitUpdateWireSchema,
} from "./opscom-wire.ts";

/** The sample body of Permit Create, exactly as OPSCOM publishes it. */
const publishedSample = {
  apiToken: "YOUR-API-TOKEN",
  Amount: "14.50",
  CurrencyID: "CAD",
  LicencePlate: "PL8RDR",
  zone: "Lot 4",
  permitNo: "L4-1138",
  startTime: "2018-07-02T09:00:00",
  endTime: "2018-07-02T17:00:00",
};

const requiredOnly = {
  apiToken: "token-1",
  LicencePlate: "PL8RDR",
  startTime: "2018-07-02T09:00:00",
  endTime: "2018-07-02T17:00:00",
};

/** The messages for one attribute of a Permit Create body. */
function messagesFor(field: string, value: unknown): string[] {
  const result = permitCreateWireSchema.safeParse({ ...requiredOnly, [field]: value });
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path[0] === field)
    .map((issue) => issue.message);
}

describe("permitCreateWireSchema", () => {
  it("accepts the published sample body as it is", () => {
    expect(permitCreateWireSchema.parse(publishedSample)).toEqual(publishedSample);
  });

  it("accepts a body with the required attributes only", () => {
    expect(permitCreateWireSchema.safeParse(requiredOnly).success).toBe(true);
  });

  it("names every required attribute that is missing", () => {
    const result = permitCreateWireSchema.safeParse({});
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "apiToken is required.",
      "LicencePlate is required.",
      "startTime is required.",
      "endTime is required.",
    ]);
  });

  it("drops names it does not know", () => {
    expect(permitCreateWireSchema.parse({ ...requiredOnly, colour: "red" })).not.toHaveProperty(
      "colour",
    );
  });

  describe("apiToken", () => {
    it("accepts 50 characters and refuses 51", () => {
      expect(messagesFor("apiToken", "a".repeat(50))).toEqual([]);
      expect(messagesFor("apiToken", "a".repeat(51))).toEqual([
        "apiToken is too long (at most 50 characters).",
      ]);
    });

    it("accepts letters, digits and dashes", () => {
      expect(messagesFor("apiToken", "Ab-09-xyz")).toEqual([]);
    });

    it.each(["ab_cd", "ab cd", "ab.cd", "ab+cd", "abçd"])("refuses %j", (token) => {
      expect(messagesFor("apiToken", token)).toEqual([
        "apiToken may hold letters, digits and dashes only.",
      ]);
    });

    it("reports an empty token as missing, and only as missing", () => {
      expect(messagesFor("apiToken", "")).toEqual(["apiToken is required."]);
    });

    it("refuses a token that is not a string", () => {
      expect(messagesFor("apiToken", 1234)).toEqual(["apiToken must be a string."]);
    });
  });

  describe("Amount", () => {
    it.each(["0.01", "0.50", "14.50", "999999.99"])("accepts %j", (amount) => {
      expect(messagesFor("Amount", amount)).toEqual([]);
    });

    it("accepts leading zeros within 9 characters, judging the range on the value", () => {
      expect(messagesFor("Amount", "014.50")).toEqual([]);
    });

    it("refuses 0.00, below the minimum", () => {
      expect(messagesFor("Amount", "0.00")).toEqual(["Amount must be from 0.01 to 999999.99."]);
    });

    it("refuses 1000000.00, ten characters and above the maximum", () => {
      expect(messagesFor("Amount", "1000000.00")).toEqual([
        "Amount is too long (at most 9 characters).",
        "Amount must be from 0.01 to 999999.99.",
      ]);
    });

    it("refuses ten characters even when the value is in range", () => {
      expect(messagesFor("Amount", "0000014.50")).toEqual([
        "Amount is too long (at most 9 characters).",
      ]);
    });

    it("refuses fewer than three digits", () => {
      expect(messagesFor("Amount", ".50")).toEqual(["Amount must look like 14.50."]);
      expect(messagesFor("Amount", "14")).toEqual([
        "Amount is too short (at least 3 digits, the last two cents).",
        "Amount must look like 14.50.",
      ]);
    });

    it.each(["14.5", "14", "14.500", "1e3", "-1.00", "1,50"])(
      "refuses %j, which does not end in two cents digits",
      (amount) => {
        expect(messagesFor("Amount", amount)).toContain("Amount must look like 14.50.");
      },
    );

    it("refuses a number, since the amount is a string", () => {
      expect(messagesFor("Amount", 14.5)).toEqual(["Amount must be a string."]);
    });
  });

  describe("CurrencyID", () => {
    it("accepts 10 characters and refuses 11", () => {
      expect(messagesFor("CurrencyID", "C".repeat(10))).toEqual([]);
      expect(messagesFor("CurrencyID", "C".repeat(11))).toEqual([
        "CurrencyID is too long (at most 10 characters).",
      ]);
    });

    it("refuses an empty currency", () => {
      expect(messagesFor("CurrencyID", "")).toEqual(["CurrencyID is too short."]);
    });
  });

  describe.each(["startTime", "endTime"])("%s", (field) => {
    it("accepts the published format, Y-m-d\\TH:i:s", () => {
      expect(messagesFor(field, "2000-05-30T14:38:22")).toEqual([]);
    });

    it("accepts 29 February in a leap year", () => {
      expect(messagesFor(field, "2024-02-29T12:00:00")).toEqual([]);
    });

    it("refuses 20 characters that end in Z, since no Z is allowed", () => {
      expect(messagesFor(field, "2000-05-30T14:38:22Z")).toEqual([
        `${field} must look like 2000-05-30T14:38:22.`,
      ]);
    });

    it("refuses 21 characters as too long", () => {
      expect(messagesFor(field, "2000-05-30T14:38:22.5")).toEqual([
        `${field} is too long (at most 20 characters).`,
        `${field} must look like 2000-05-30T14:38:22.`,
      ]);
    });

    it.each([
      ["2000-05-30T14:38:22+00:00", "an offset"],
      ["2000-05-30T14:38:22.000", "a fraction"],
      ["2000-05-30T14:38", "no seconds"],
      ["2000-05-30 14:38:22", "a space for the T"],
      ["30/05/2000 14:38:22", "another order"],
    ])("refuses %j (%s)", (time) => {
      expect(messagesFor(field, time)).toContain(`${field} must look like 2000-05-30T14:38:22.`);
    });

    it.each([
      "2026-02-30T10:00:00",
      "2026-02-29T10:00:00",
      "2026-04-31T10:00:00",
      "2026-13-01T10:00:00",
      "2026-03-08T24:00:00",
      "2026-03-08T10:60:00",
    ])("refuses %j, which is not a real date and time", (time) => {
      expect(messagesFor(field, time)).toEqual([`${field} is not a real date and time.`]);
    });
  });

  describe("LicencePlate", () => {
    it("accepts 25 characters and refuses 26", () => {
      expect(messagesFor("LicencePlate", "P".repeat(25))).toEqual([]);
      expect(messagesFor("LicencePlate", "P".repeat(26))).toEqual([
        "LicencePlate is too long (at most 25 characters).",
      ]);
    });

    it("refuses an empty plate", () => {
      expect(messagesFor("LicencePlate", "")).toEqual(["LicencePlate is too short."]);
    });
  });

  describe("permitNo", () => {
    it("accepts 50 characters and refuses 51", () => {
      expect(messagesFor("permitNo", "n".repeat(50))).toEqual([]);
      expect(messagesFor("permitNo", "n".repeat(51))).toEqual([
        "permitNo is too long (at most 50 characters).",
      ]);
    });
  });

  describe("zone", () => {
    it("accepts 200 characters and refuses 201", () => {
      expect(messagesFor("zone", "z".repeat(200))).toEqual([]);
      expect(messagesFor("zone", "z".repeat(201))).toEqual([
        "zone is too long (at most 200 characters).",
      ]);
    });
  });
});

describe("the published names", () => {
  it("are, for each attribute, exactly those of the published table", () => {
    expect(PERMIT_FIELD_NAMES).toEqual({
      apiToken: ["apiToken"],
      Amount: ["Amount", "amount"],
      CurrencyID: ["CurrencyID", "currency"],
      startTime: ["startTime", "StartDateUtc"],
      endTime: ["endTime", "EndDateUtc"],
      LicencePlate: ["LicencePlate", "plate"],
      permitNo: ["permitNo", "TicketNumber"],
      zone: ["zone", "ParkingZoneName"],
    });
  });
});

describe("canonicalizePermitBody", () => {
  it.each([
    ["amount", "Amount", "14.50"],
    ["currency", "CurrencyID", "CAD"],
    ["StartDateUtc", "startTime", "2018-07-02T09:00:00"],
    ["EndDateUtc", "endTime", "2018-07-02T17:00:00"],
    ["plate", "LicencePlate", "PL8RDR"],
    ["TicketNumber", "permitNo", "L4-1138"],
    ["ParkingZoneName", "zone", "Lot 4"],
  ])("reads %s as %s", (alias, canonical, value) => {
    expect(canonicalizePermitBody({ [alias]: value })).toEqual({
      body: { [canonical]: value },
      conflicts: [],
    });
  });

  it("turns a body written in alias names into one the wire schema accepts", () => {
    const { body, conflicts } = canonicalizePermitBody({
      apiToken: "YOUR-API-TOKEN",
      amount: "14.50",
      currency: "CAD",
      plate: "PL8RDR",
      ParkingZoneName: "Lot 4",
      TicketNumber: "L4-1138",
      StartDateUtc: "2018-07-02T09:00:00",
      EndDateUtc: "2018-07-02T17:00:00",
    });
    expect(conflicts).toEqual([]);
    expect(permitCreateWireSchema.parse(body)).toEqual(publishedSample);
  });

  it("keeps a body already under the canonical names as it is", () => {
    expect(canonicalizePermitBody(publishedSample)).toEqual({
      body: publishedSample,
      conflicts: [],
    });
  });

  it("drops names that are not published", () => {
    expect(canonicalizePermitBody({ plate: "PL8RDR", Plate: "OTHER", colour: "red" })).toEqual({
      body: { LicencePlate: "PL8RDR" },
      conflicts: [],
    });
  });

  it("accepts the same value under two names of one attribute", () => {
    expect(canonicalizePermitBody({ plate: "PL8RDR", LicencePlate: "PL8RDR" })).toEqual({
      body: { LicencePlate: "PL8RDR" },
      conflicts: [],
    });
  });

  it("reports different values under two names of one attribute as a conflict", () => {
    const { conflicts } = canonicalizePermitBody({
      plate: "PL8RDR",
      LicencePlate: "ABC123",
      endTime: "2018-07-02T17:00:00",
      EndDateUtc: "2018-07-02T18:00:00",
      zone: "Lot 4",
    });
    expect(conflicts.toSorted()).toEqual(["LicencePlate", "endTime"]);
  });

  it("ignores a name whose value is undefined", () => {
    expect(canonicalizePermitBody({ plate: undefined, LicencePlate: "PL8RDR" })).toEqual({
      body: { LicencePlate: "PL8RDR" },
      conflicts: [],
    });
  });
});

describe("canonicalizeUpdateBody", () => {
  it.each(["referenceID", "referenceid", "reference_id"])("reads %s as referenceID", (name) => {
    const { body } = canonicalizeUpdateBody({ apiToken: "t", [name]: "ref-1", EndDateUtc: "x" });
    expect(body).toEqual({ apiToken: "t", referenceID: "ref-1", endTime: "x" });
  });

  it("reports two different reference IDs as a conflict", () => {
    expect(canonicalizeUpdateBody({ referenceid: "a", reference_id: "b" }).conflicts).toEqual([
      "referenceID",
    ]);
  });
});

describe("permitUpdateWireSchema", () => {
  it("accepts a reference and a new end time alone, to extend a permit", () => {
    const extension = { apiToken: "t-1", referenceID: "ref-1", endTime: "2018-07-02T19:00:00" };
    expect(permitUpdateWireSchema.parse(extension)).toEqual(extension);
  });

  it("requires the reference ID", () => {
    const result = permitUpdateWireSchema.safeParse({ apiToken: "t-1", referenceID: "" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "referenceID is required.",
    ]);
  });

  it("holds the same limits as create", () => {
    const result = permitUpdateWireSchema.safeParse({
      apiToken: "t-1",
      referenceID: "ref-1",
      endTime: "2018-07-02T19:00:00Z",
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "endTime must look like 2000-05-30T14:38:22.",
    ]);
  });
});

describe("permitDeleteWireSchema", () => {
  it("accepts a token and a reference", () => {
    expect(
      permitDeleteWireSchema.safeParse({ apiToken: "t-1", referenceID: "ref-1" }).success,
    ).toBe(true);
  });

  it("refuses a delete without a reference", () => {
    expect(permitDeleteWireSchema.safeParse({ apiToken: "t-1" }).success).toBe(false);
  });
});

describe("the answers of OPSCOM", () => {
  const publishedSuccess = {
    status: "success",
    reference_id: "1a9b5375-cb75-4c71-9939-eeae550b09ac",
    InternalReferenceID: "1a9b5375-cb75-4c71-9939-eeae550b09ac",
  };

  it("reads the published success answer", () => {
    expect(opscomSuccessSchema.parse(publishedSuccess)).toEqual(publishedSuccess);
  });

  it("reads a success answer without InternalReferenceID", () => {
    expect(opscomSuccessSchema.safeParse({ status: "success", reference_id: "r-1" }).success).toBe(
      true,
    );
  });

  it("does not take an answer whose status is not success for a success", () => {
    expect(opscomSuccessSchema.safeParse({ ...publishedSuccess, status: "error" }).success).toBe(
      false,
    );
    expect(opscomSuccessSchema.safeParse({ ...publishedSuccess, status: "Success" }).success).toBe(
      false,
    );
  });

  it("does not take an answer without a reference for a success", () => {
    expect(opscomSuccessSchema.safeParse({ status: "success" }).success).toBe(false);
    expect(opscomSuccessSchema.safeParse({ status: "success", reference_id: "" }).success).toBe(
      false,
    );
  });

  it("reads the published error answer", () => {
    const published = { ErrorCode: 9001, ErrorMessage: "API Token is missing from the request." };
    expect(opscomErrorSchema.parse(published)).toEqual(published);
  });

  it("reads an error answer without a message", () => {
    expect(opscomErrorSchema.parse({ ErrorCode: 9003 })).toEqual({ ErrorCode: 9003 });
  });

  it("does not take a success answer for an error answer", () => {
    expect(opscomErrorSchema.safeParse(publishedSuccess).success).toBe(false);
  });

  it("reads the published stats answer", () => {
    const published = {
      data: [
        { type: "standard", zone: "Lot 01", total: "4" },
        { type: "temp", zone: "Lot 02", total: "0" },
      ],
    };
    expect(opscomStatsSchema.parse(published)).toEqual(published);
  });
});
