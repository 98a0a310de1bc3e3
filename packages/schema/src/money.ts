import * as z from "zod/mini";

export const AMOUNT_MIN = "0.01";
export const AMOUNT_MAX = "999999.99";

/** A point or, as French and many other languages write it, a comma before the cents. */
const AMOUNT_INPUT = /^(?:\d+(?:[.,]\d{0,2})?|[.,]\d{1,2})$/;
const TWO_DECIMALS = /^\d+\.\d{2}$/;
const AMOUNT_CANONICAL = /^(0|[1-9]\d{0,5})\.\d{2}$/;

/**
 * Turns what a clerk types ("5", "5.5", "014.50", ".5", "14,50") into the two-decimal string OPSCOM
 * expects, purely on the characters: money never passes through a floating-point number.
 * Returns undefined when the text is not an amount, "1,000" among them: three digits after the
 * separator are no cents, and reading a thousands separator as one would be a guess.
 */
export function normalizeAmount(raw: string): string | undefined {
  const text = raw.trim();
  if (!AMOUNT_INPUT.test(text)) return undefined;
  const [whole = "", cents = ""] = text.split(/[.,]/);
  const units = whole.replace(/^0+(?=\d)/, "") || "0";
  return `${units}.${cents.padEnd(2, "0")}`;
}

export function isAmountInRange(canonical: string): boolean {
  return AMOUNT_CANONICAL.test(canonical) && canonical !== "0.00";
}

/** A positive amount of money, 0.01 to 999999.99, as a two-decimal string. */
export const amountSchema = z.string({ error: "amount_expected" }).check(
  z.overwrite((raw) => normalizeAmount(raw) ?? raw.trim()),
  z.regex(TWO_DECIMALS, "amount_format"),
  // The range is judged only on a well-formed amount. No `abort` on the format instead: it would
  // also hide the draft's end-before-start problem.
  z.refine((amount) => !TWO_DECIMALS.test(amount) || amount !== "0.00", "amount_too_small"),
  z.refine(
    (amount) => !TWO_DECIMALS.test(amount) || amount === "0.00" || isAmountInRange(amount),
    "amount_too_large",
  ),
);

export const currencySchema = z.string({ error: "currency_required" }).check(
  z.overwrite((raw) => raw.trim().toUpperCase()),
  z.regex(/^[A-Z]{3}$/, "currency_format"),
);
