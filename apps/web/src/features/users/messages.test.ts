import { usernameSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import { usersMessages } from "./messages.ts";

/** The symbols the username rule itself accepts, found by asking it. */
const acceptedSymbols = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"].filter(
  (symbol) => usernameSchema.safeParse(`ana${symbol}b`).success,
);

describe("the new user's username hint", () => {
  it.each(LOCALES)("names every symbol the username rule accepts, in %s", (locale) => {
    const hint = usersMessages.in(locale)("usernameHint");
    expect(acceptedSymbols.length).toBeGreaterThan(0);
    for (const symbol of acceptedSymbols) expect(hint).toContain(` ${symbol}`);
  });
});
