import { amountSchema, plateSchema } from "@permit-desk/schema";

/**
 * What a typed plate will be sent as, once it is one the BFF accepts; nothing otherwise, so
 * that the hint never promises a value the field's error refuses.
 */
export function plateSentAs(typed: string): string | undefined {
  const plate = plateSchema.safeParse(typed);
  return plate.success ? plate.data : undefined;
}

/** What a typed amount will be sent as, once it is a valid amount; nothing otherwise. */
export function amountSentAs(typed: string): string | undefined {
  if (typed.trim() === "") return undefined;
  const amount = amountSchema.safeParse(typed);
  return amount.success ? amount.data : undefined;
}
