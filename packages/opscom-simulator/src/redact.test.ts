import { describe, expect, it } from "vitest";
import { redactText, redactValue } from "./redact.ts";

const SECRETS = new Set(["known-secret"]);

describe("redactValue", () => {
  it("blanks out apiToken at any depth, in any case, and any known secret", () => {
    const redacted = redactValue(
      { apiToken: "unknown-1", nested: { APITOKEN: "unknown-2" }, notes: ["known-secret", "kept"] },
      SECRETS,
    );

    expect(redacted).toEqual({
      apiToken: "[REDACTED]",
      nested: { APITOKEN: "[REDACTED]" },
      notes: ["[REDACTED]", "kept"],
    });
  });
});

describe("redactText", () => {
  it("blanks out a token member even when the body ends inside it", () => {
    expect(redactText('{"zone":"Lot 4","apiToken":"unknown-to', SECRETS)).toBe(
      '{"zone":"Lot 4","apiToken":"[REDACTED]"',
    );
  });

  it("blanks out a known secret wherever it appears", () => {
    expect(redactText("token=known-secret&zone=Lot", SECRETS)).toBe("token=[REDACTED]&zone=Lot");
  });
});
