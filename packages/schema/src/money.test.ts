import { describe, expect, it } from "vitest";
import { AMOUNT_MAX, AMOUNT_MIN, amountSchema, currencySchema, normalizeAmount } from "./money.ts";

function messagesFor(schema: typeof amountSchema | typeof currencySchema, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const FORMAT_MESSAGE = "amount_format";

describe("normalizeAmount", () => {
  it.each([
    ["5", "5.00"],
    ["5.5", "5.50"],
    ["5.", "5.00"],
    [".5", "0.50"],
    [" 014.5 ", "14.50"],
    ["0", "0.00"],
    ["000.01", "0.01"],
    ["14.50", "14.50"],
    ["14,50", "14.50"],
    ["1,5", "1.50"],
    [",5", "0.50"],
  ])("writes %j as %j", (typed, canonical) => {
    expect(normalizeAmount(typed)).toBe(canonical);
  });

  it("keeps every digit of an amount too large for a floating-point number to hold exactly", () => {
    expect(normalizeAmount("90071992547409931.7")).toBe("90071992547409931.70");
  });

  it.each([
    "",
    " ",
    ".",
    ",",
    "1e3",
    "-1",
    "+1",
    "1,000",
    "1,5,0",
    "1.000,50",
    "5.555",
    "1 000",
    "0x10",
    "Infinity",
    "١٢",
  ])("finds no amount in %j", (typed) => {
    expect(normalizeAmount(typed)).toBeUndefined();
  });
});

describe("amountSchema", () => {
  it("turns what a clerk types into a two-decimal string", () => {
    expect(amountSchema.parse("5")).toBe("5.00");
    expect(amountSchema.parse("5.5")).toBe("5.50");
    expect(amountSchema.parse(" 014.5 ")).toBe("14.50");
  });

  it(`accepts the smallest amount, ${AMOUNT_MIN}`, () => {
    expect(amountSchema.parse("0.01")).toBe("0.01");
  });

  it(`accepts the largest amount, ${AMOUNT_MAX}`, () => {
    expect(amountSchema.parse("999999.99")).toBe("999999.99");
  });

  it("refuses a zero amount, saying what the minimum is", () => {
    expect(messagesFor(amountSchema, "0.00")).toEqual(["amount_too_small"]);
    expect(messagesFor(amountSchema, "0")).toEqual(["amount_too_small"]);
  });

  it("refuses one million, saying what the maximum is", () => {
    expect(messagesFor(amountSchema, "1000000.00")).toEqual(["amount_too_large"]);
    expect(messagesFor(amountSchema, "1000000")).toEqual(["amount_too_large"]);
  });

  it.each(["1e3", "-1", "1,000", "5.555", "abc", "."])(
    "refuses %j with one message showing what an amount looks like",
    (typed) => {
      expect(messagesFor(amountSchema, typed)).toEqual([FORMAT_MESSAGE]);
    },
  );

  it("refuses a number that is not text, since money never travels as a float", () => {
    expect(messagesFor(amountSchema, 14.5)).toEqual(["amount_expected"]);
  });
});

describe("currencySchema", () => {
  it("upper-cases and trims a three-letter code", () => {
    expect(currencySchema.parse(" cad ")).toBe("CAD");
  });

  it.each(["CA", "CADX", "C4D", "$"])("refuses %j as a currency", (typed) => {
    expect(messagesFor(currencySchema, typed)).toEqual(["currency_format"]);
  });
});
