import type { PermitDraft } from "@permit-desk/schema";
import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { defaultValidity } from "../utils/validity-defaults.ts";

const REFRESH_MS = 30_000;

/**
 * A desk keeps the page open all day: times nobody has touched follow the clock, so that
 * "now for two hours" still means now, not when the page was loaded.
 */
export function useCurrentDefaultValidity(
  form: UseFormReturn<PermitFormValues, unknown, PermitDraft>,
  siteTimeZone: string,
): void {
  const { dirtyFields } = form.formState;
  const untouched = !dirtyFields.validFrom && !dirtyFields.validUntil;
  const { getValues, resetField } = form;
  useEffect(() => {
    if (!untouched) return;
    const timer = setInterval(() => {
      const validity = defaultValidity(new Date(), siteTimeZone);
      if (getValues("validFrom") === validity.validFrom) return;
      resetField("validFrom", { defaultValue: validity.validFrom });
      resetField("validUntil", { defaultValue: validity.validUntil });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [untouched, getValues, resetField, siteTimeZone]);
}
