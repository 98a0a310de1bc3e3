import { useEffect } from "react";
import { validUntilAfterStartMoved } from "../utils/duration-choice.ts";
import type { PermitForm } from "../utils/permit-form.ts";
import { defaultValidity } from "../utils/validity-defaults.ts";

const REFRESH_MS = 30_000;

/**
 * A desk keeps the page open all day: a start nobody has touched follows the clock, so that
 * "now for two hours" still means now, not when the page was loaded, and the end follows by the
 * duration chosen. They stop following once a submission has been sent (`following` false): the
 * permit that may exist in OPSCOM has the times it was sent with, and a draft that drifted would
 * look like another permit.
 */
export function useCurrentDefaultValidity(
  form: PermitForm,
  siteTimeZone: string | undefined,
  following: boolean,
): void {
  const { dirtyFields } = form.formState;
  const untouched = !dirtyFields.validFrom && !dirtyFields.validUntil;
  const { getValues, resetField } = form;
  useEffect(() => {
    if (!untouched || !following || siteTimeZone === undefined) return;
    const timer = setInterval(() => {
      const { validFrom: now } = defaultValidity(new Date(), siteTimeZone);
      const [from, choice] = getValues(["validFrom", "duration"]);
      if (from === now) return;
      const followed = validUntilAfterStartMoved({ from: now, choice }, siteTimeZone);
      resetField("validFrom", { defaultValue: now });
      if (followed !== undefined) resetField("validUntil", { defaultValue: followed });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [untouched, following, getValues, resetField, siteTimeZone]);
}
