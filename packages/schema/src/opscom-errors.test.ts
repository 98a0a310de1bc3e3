import { describe, expect, it } from "vitest";
import { describeOpscomErrorCode, OPSCOM_ERROR_CODES } from "./opscom-errors.ts";

const GENERIC = "OPSCOM reported an error.";
const VEHICLE_OR_USER = "OPSCOM reported a vehicle or user error.";

describe("describeOpscomErrorCode", () => {
  it.each([
    [9000, "The client code is missing."],
    [9001, "The API token is missing."],
    [9002, "The API token lacks permission for this request."],
    [9006, "The licence plate is required."],
    [9009, "The record was not found."],
    [9030, "A field is too long."],
    [9033, "A field's value is invalid."],
  ])("describes %i as %j", (code, description) => {
    expect(describeOpscomErrorCode(code)).toBe(description);
  });

  it.each([9000, 9001, 9002, 9003, 9004, 9005, 9006, 9007, 9008, 9009, 9030, 9031, 9032, 9033])(
    "has a description of its own for the published code %i",
    (code) => {
      const description = describeOpscomErrorCode(code);
      expect(description).not.toBe(GENERIC);
      expect(description).not.toBe(VEHICLE_OR_USER);
    },
  );

  it("gives each published code a different description", () => {
    const descriptions = Object.values(OPSCOM_ERROR_CODES);
    expect(new Set(descriptions).size).toBe(14);
  });

  it.each([9010, 9015, 9022])("describes %i as a vehicle or user error", (code) => {
    expect(describeOpscomErrorCode(code)).toBe(VEHICLE_OR_USER);
  });

  it.each([9023, 9029, 9034, 8999, 0, -1, 404])(
    "describes the unpublished code %i as an error without guessing its meaning",
    (code) => {
      expect(describeOpscomErrorCode(code)).toBe(GENERIC);
    },
  );
});
