import { useFormContext, useWatch } from "react-hook-form";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { describeValidityDuration } from "../utils/validity-duration.ts";

/**
 * How long the permit lasts, in words. Politely live: it changes only when the duration does,
 * not when Valid from moves and Valid until follows it.
 */
export function ValidityDurationNote({ siteTimeZone }: { siteTimeZone: string | undefined }) {
  const { control } = useFormContext<PermitFormValues>();
  const [validFrom, validUntil] = useWatch({ control, name: ["validFrom", "validUntil"] });
  const duration =
    siteTimeZone === undefined
      ? undefined
      : describeValidityDuration(validFrom, validUntil, siteTimeZone);
  return (
    <p aria-live="polite" aria-atomic="true" className="text-sm text-slate-800">
      {duration && (
        <>
          Lasts <span className="font-semibold text-slate-950">{duration}</span>
        </>
      )}
    </p>
  );
}
