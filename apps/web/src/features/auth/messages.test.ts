import { usernameSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { authMessages } from "./messages.ts";

/** The symbols the username rule itself accepts, found by asking it. */
const acceptedSymbols = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"].filter(
  (symbol) => usernameSchema.safeParse(`ana${symbol}b`).success,
);

describe("the username hint", () => {
  it("is checked against a rule that accepts some symbols", () => {
    expect(acceptedSymbols.length).toBeGreaterThan(0);
  });

  it.each(LOCALES)("names every symbol the username rule accepts, in %s", (locale) => {
    const hint = authMessages.in(locale)("usernameHint");
    for (const symbol of acceptedSymbols) expect(hint).toContain(` ${symbol}`);
  });
});
