import { describe, expect, it } from "vitest";
import { fieldErrorMessages } from "./form-errors.ts";

describe("fieldErrorMessages", () => {
  it("lists each message a server joined by line breaks", () => {
    expect(fieldErrorMessages({ type: "server", message: "Too long.\nLetters only." })).toEqual([
      "Too long.",
      "Letters only.",
    ]);
  });

  it("gives each message in the reader's language", () => {
    const error = { type: "server", message: "Enter a username.\nSomething unknown." };
    expect(fieldErrorMessages(error, "fr-CA")).toEqual([
      "Entrez un nom d'utilisateur.",
      "Something unknown.",
    ]);
  });

  it("lists nothing for a valid field", () => {
    expect(fieldErrorMessages(undefined)).toEqual([]);
  });
});
