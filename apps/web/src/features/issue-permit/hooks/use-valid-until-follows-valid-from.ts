import { useEffect, useRef } from "react";
import { validUntilAfterStartMoved, validUntilFor } from "../utils/duration-choice.ts";
import type { PermitForm } from "../utils/permit-form.ts";
import { CUSTOM_DURATION } from "../utils/permit-form-values.ts";
import { isWallTime } from "../utils/site-wall-time.ts";

/**
 * Valid until follows the duration chosen: a preset or template duration sets it from Valid
 * from; setting Valid until by hand makes the duration custom, and a custom duration keeps its
 * elapsed time when Valid from moves. The handlers are for the inputs' own change events,
 * which the clerk alone causes.
 */
export function useValidUntilFollowsValidFrom(form: PermitForm, siteTimeZone: string | undefined) {
  const { watch, getValues, setValue } = form;
  /** The last complete Valid from, whoever set it: a half-typed time has no duration to keep. */
  const previousFrom = useRef(getValues("validFrom"));
  useEffect(() => {
    const subscription = watch((values) => {
      const from = values.validFrom ?? "";
      if (isWallTime(from)) previousFrom.current = from;
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  /** Valid until set by the form, not the clerk: it stays pristine, so the clock may move it. */
  function setValidUntil(until: string | undefined): void {
    if (until === undefined) return;
    setValue("validUntil", until, { shouldValidate: true });
  }

  function validFromChanged(): void {
    if (siteTimeZone === undefined) return;
    const [from, until, choice] = getValues(["validFrom", "validUntil", "duration"]);
    setValidUntil(
      validUntilAfterStartMoved(
        { previousFrom: previousFrom.current, from, until, choice },
        siteTimeZone,
      ),
    );
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
