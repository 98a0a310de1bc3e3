import { validUntilAfterStartMoved, validUntilFor } from "../utils/duration-choice.ts";
import type { PermitForm } from "../utils/permit-form.ts";
import { CUSTOM_DURATION } from "../utils/permit-form-values.ts";

/**
 * Valid until follows the duration chosen: a preset or template duration sets it from Valid
 * from; setting Valid until by hand makes the duration custom, and a custom end stays put when
 * Valid from moves. The handlers are for the inputs' own change events,
 * which the clerk alone causes.
 */
export function useValidUntilFollowsValidFrom(form: PermitForm, siteTimeZone: string | undefined) {
  const { getValues, setValue } = form;

  /** Valid until set by the form, not the clerk: it stays pristine, so the clock may move it. */
  function setValidUntil(until: string | undefined): void {
    if (until === undefined) return;
    setValue("validUntil", until, { shouldValidate: true });
  }

  function validFromChanged(): void {
    if (siteTimeZone === undefined) return;
    const [from, choice] = getValues(["validFrom", "duration"]);
    setValidUntil(validUntilAfterStartMoved({ from, choice }, siteTimeZone));
  }

  function validUntilChanged(): void {
    setValue("duration", CUSTOM_DURATION);
  }

  /** A duration picked (by the clerk or a template): Valid until follows it at once. */
  function durationChosen(choice: string): void {
    if (siteTimeZone === undefined) return;
    setValidUntil(validUntilFor(getValues("validFrom"), choice, siteTimeZone));
  }

  return { validFromChanged, validUntilChanged, durationChosen };
}
