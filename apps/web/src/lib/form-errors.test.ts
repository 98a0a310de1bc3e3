import { describe, expect, it } from "vitest";
import { fieldErrorMessages, fieldErrorOf } from "./form-errors.ts";

describe("fieldErrorMessages", () => {
  it("lists each message a server joined by line breaks", () => {
    expect(fieldErrorMessages({ type: "server", message: "Too long.\nLetters only." })).toEqual([
      "Too long.",
      "Letters only.",
    ]);
  });

  it("gives each problem in the reader's language, and follows a switch of language", () => {
    const message = fieldErrorOf([
      { code: "username_required" },
      { code: "zone_not_assigned", params: { zone: "Lot 4" } },
    ]);
    const error = { type: "server", message: `${message}\nSomething unknown.` };
    expect(fieldErrorMessages(error, "fr-CA")).toEqual([
      "Entrez un nom d'utilisateur.",
      "Vous n'êtes pas autorisé à émettre des permis dans Lot 4.",
      "Something unknown.",
    ]);
    expect(fieldErrorMessages(error, "en-CA")).toEqual([
      "Enter a username.",
      "You are not assigned to issue permits in Lot 4.",
      "Something unknown.",
    ]);
  });

  it("lists nothing for a valid field", () => {
    expect(fieldErrorMessages(undefined)).toEqual([]);
  });
});
