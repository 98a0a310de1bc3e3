import { describe, expect, it } from "vitest";
import { dayMessages } from "./messages.ts";

describe("the link to the unconfirmed permits", () => {
  it("says it shows those of every day, not the chosen day's alone, in both languages", () => {
    expect(dayMessages.in("en-CA")("awaitingLink", { n: 2 })).toBe(
      "See them among all unconfirmed permits, of every day",
    );
    expect(dayMessages.in("fr-CA")("awaitingLink", { n: 1 })).toBe(
      "Le voir parmi tous les permis non confirmés, de tous les jours",
    );
  });
});
