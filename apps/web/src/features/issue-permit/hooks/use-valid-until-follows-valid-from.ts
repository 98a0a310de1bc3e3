import { useEffect, useRef } from "react";
import type { PermitForm } from "../utils/permit-form.ts";
import { isWallTime } from "../utils/site-wall-time.ts";
import { validUntilKeepingDuration } from "../utils/validity-duration.ts";

/**
 * When the clerk moves Valid from, Valid until moves with it and the permit lasts as long as
 * before, unless the clerk has set Valid until themselves since the form was last reset.
 * The handlers are for the inputs' own change events, which the clerk alone causes.
 */
export function useValidUntilFollowsValidFrom(form: PermitForm, siteTimeZone: string | undefined) {
  const { watch, getValues, setValue } = form;
  /** The last complete Valid from, whoever set it: a half-typed time has no duration to keep. */
  const previousFrom = useRef(getValues("validFrom"));
  const untilSetByClerk = useRef(false);
  useEffect(() => {
    const subscription = watch((values, { name, type }) => {
      const from = values.validFrom ?? "";
      if (isWallTime(from)) previousFrom.current = from;
      if (name === undefined && type === undefined) untilSetByClerk.current = false;
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  function validFromChanged(): void {
    if (siteTimeZone === undefined || untilSetByClerk.current) return;
    const [from, until] = getValues(["validFrom", "validUntil"]);
    const followed = validUntilKeepingDuration(
      { previousFrom: previousFrom.current, from, until },
      siteTimeZone,
    );
    if (followed !== undefined) {
      setValue("validUntil", followed, { shouldDirty: true, shouldValidate: true });
    }
  }

  function validUntilChanged(): void {
    untilSetByClerk.current = true;
  }

  return { validFromChanged, validUntilChanged };
}
