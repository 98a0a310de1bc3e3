import { describe, expect, it } from "vitest";
import { fieldErrorMessages } from "./form-errors.ts";

describe("fieldErrorMessages", () => {
  it("lists each message a server joined by line breaks", () => {
    expect(fieldErrorMessages({ type: "server", message: "Too long.\nLetters only." })).toEqual([
      "Too long.",
      "Letters only.",
    ]);
  });

  it("lists nothing for a valid field", () => {
    expect(fieldErrorMessages(undefined)).toEqual([]);
  });
});
