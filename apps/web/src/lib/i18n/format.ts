import type { Locale } from "./locale.ts";

/**
 * A decimal amount such as "14.50" in the locale's format: as money when its currency is known
 * ("14,50 $" or "$14.50"), else as a number with two decimals.
 */
export function formatAmount(amount: string, currency: string | undefined, locale: Locale): string {
  // Intl takes the decimal string as it is, so no float rounding creeps in.
  const value = amount as unknown as number;
  const number = () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(value);
  if (currency === undefined) return number();
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(value);
  } catch {
    // A currency code Intl does not know is still shown, beside the number.
    return `${number()} ${currency}`;
  }
}
