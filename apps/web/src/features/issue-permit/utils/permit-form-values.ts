import type { ClientConfig, PermitDraftField } from "@permit-desk/schema";
import { defaultValidity } from "./validity-defaults.ts";

/**
 * What the form's inputs hold: text as typed, with validFrom and validUntil as wall-clock
 * times in the site's zone (`YYYY-MM-DDTHH:mm`, as a `datetime-local` input shows them).
 */
export type PermitFormValues = Record<PermitDraftField, string>;

/** The form before the site's settings have arrived: only what needs none of them can be typed. */
export const UNCONFIGURED_PERMIT_FORM: PermitFormValues = {
  plate: "",
  zone: "",
  validFrom: "",
  validUntil: "",
  amount: "",
  currency: "",
  permitNo: "",
};

/**
 * A form ready for the next permit. A desk mostly issues for one zone: the first configured
 * zone to begin with, then the zone of the previous permit.
 */
export function blankPermitForm(config: ClientConfig, now: Date, zone?: string): PermitFormValues {
  return {
    plate: "",
    zone: zone ?? config.zones[0] ?? "",
    ...defaultValidity(now, config.siteTimeZone),
    amount: "",
    currency: config.defaultCurrency,
    permitNo: "",
  };
}
