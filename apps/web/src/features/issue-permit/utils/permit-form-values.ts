import { type ClientConfig, durationId, type PermitDraftField } from "@permit-desk/schema";
import { DEFAULT_DURATION, defaultValidity } from "./validity-defaults.ts";

/** The duration choice that leaves Valid until as the clerk set it. */
export const CUSTOM_DURATION = "custom";

/**
 * What the form's inputs hold: text as typed, with validFrom and validUntil as wall-clock
 * times in the site's zone (`YYYY-MM-DDTHH:mm`, as a `datetime-local` input shows them).
 * Besides the draft's fields: the duration chosen (a `durationId`, or custom), the template
 * applied (its id, or blank) and the plate typed a second time where the site asks for it.
 */
export type PermitFormValues = Record<PermitDraftField, string> & {
  duration: string;
  template: string;
  plateAgain: string;
};

/** The form before the site's settings have arrived: only what needs none of them can be typed. */
export const UNCONFIGURED_PERMIT_FORM: PermitFormValues = {
  plate: "",
  plateAgain: "",
  zone: "",
  validFrom: "",
  validUntil: "",
  duration: durationId(DEFAULT_DURATION),
  amount: "",
  currency: "",
  permitNo: "",
  template: "",
};

/**
 * A form ready for the next permit. A desk mostly issues for one zone: the first configured
 * zone to begin with, then the zone of the previous permit.
 */
export function blankPermitForm(config: ClientConfig, now: Date, zone?: string): PermitFormValues {
  return {
    ...UNCONFIGURED_PERMIT_FORM,
    zone: zone ?? config.zones[0] ?? "",
    ...defaultValidity(now, config.siteTimeZone),
    currency: config.defaultCurrency,
  };
}
