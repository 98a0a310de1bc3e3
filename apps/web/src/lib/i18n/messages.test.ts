import { describe, expect, it } from "vitest";
import { initialLocale } from "./locale.ts";
import { defineMessages } from "./messages.ts";

const sample = defineMessages("i18n-test", {
  "en-CA": {
    greeting: "Hello {{name}}",
    permits: ({ count }: { count: number }) => (count === 1 ? "1 permit" : `${count} permits`),
  },
  "fr-CA": {
    greeting: "Bonjour {{name}}",
    permits: ({ count }: { count: number }) => `${count} permis`,
  },
});

describe("messages", () => {
  it("fills placeholders in the language asked for", () => {
    expect(sample.in("en-CA")("greeting", { name: "Ana" })).toBe("Hello Ana");
    expect(sample.in("fr-CA")("greeting", { name: "Ana" })).toBe("Bonjour Ana");
  });

  it("words a message by its parameters", () => {
    expect(sample.in("en-CA")("permits", { count: 1 })).toBe("1 permit");
    expect(sample.in("en-CA")("permits", { count: 3 })).toBe("3 permits");
  });
});

describe("initialLocale", () => {
  it("keeps the language chosen before", () => {
    expect(initialLocale("fr-CA", ["en-US"])).toBe("fr-CA");
  });

  it("falls back to the browser's language, French or else English", () => {
    expect(initialLocale(null, ["fr-FR", "en"])).toBe("fr-CA");
    expect(initialLocale(null, ["de-DE"])).toBe("en-CA");
    expect(initialLocale("klingon", [])).toBe("en-CA");
  });
});
