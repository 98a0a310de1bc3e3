import type { ClientConfig, PermitDraftField } from "@permit-desk/schema";
import { defaultValidity } from "./validity-defaults.ts";

/**
 * What the form's inputs hold: text as typed, with validFrom and validUntil as wall-clock
 * times in the site's zone (`YYYY-MM-DDTHH:mm`, as a `datetime-local` input shows them).
 */
export type PermitFormValues = Record<PermitDraftField, string>;

/** A form ready for the next permit; the zone is kept because a desk mostly issues for one. */
export function blankPermitForm(config: ClientConfig, now: Date, zone?: string): PermitFormValues {
  const onlyZone = config.zones.length === 1 ? config.zones[0] : undefined;
  return {
    plate: "",
    zone: zone ?? onlyZone ?? "",
    ...defaultValidity(now, config.siteTimeZone),
    amount: "",
    currency: config.defaultCurrency,
    permitNo: "",
  };
}
