import type { IssuedPermit } from "@permit-desk/schema";
import { formatMoney } from "../../../lib/i18n/format.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";

/** What a permit cost, in the locale's money format; undefined for a free permit. */
export function formatPermitAmount(
  { amount, currency }: Pick<IssuedPermit, "amount" | "currency">,
  locale: Locale,
): string | undefined {
  if (!amount) return undefined;
  return currency ? formatMoney(amount, currency, locale) : amount;
}
