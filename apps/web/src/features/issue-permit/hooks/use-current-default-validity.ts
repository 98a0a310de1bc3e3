import { useEffect } from "react";
import type { PermitForm } from "../utils/permit-form.ts";
import { defaultValidity } from "../utils/validity-defaults.ts";

const REFRESH_MS = 30_000;

/**
 * A desk keeps the page open all day: times nobody has touched follow the clock, so that
 * "now for two hours" still means now, not when the page was loaded. They stop following
 * once a submission has been sent (`following` false): the permit that may exist in OPSCOM
 * has the times it was sent with, and a draft that drifted would look like another permit.
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
      const validity = defaultValidity(new Date(), siteTimeZone);
      if (getValues("validFrom") === validity.validFrom) return;
      resetField("validFrom", { defaultValue: validity.validFrom });
      resetField("validUntil", { defaultValue: validity.validUntil });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [untouched, following, getValues, resetField, siteTimeZone]);
}
