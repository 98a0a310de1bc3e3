import { useLayoutEffect, useRef } from "react";
import type { PermitForm } from "../utils/permit-form.ts";
import { takeTypedAheadIssue, takeTypedAheadPlate } from "../utils/typed-ahead-plate.ts";

/**
 * Takes over what was typed into the placeholder's plate while the form loaded, and an Enter
 * pressed there. A layout effect: it runs before the browser handles another key, so none
 * falls between the two fields.
 */
export function useTypedAheadPlate(form: PermitForm, issue: () => void): void {
  const { setValue, setFocus } = form;
  const issueNow = useRef(issue);
  issueNow.current = issue;
  useLayoutEffect(() => {
    const typed = takeTypedAheadPlate();
    if (typed) setValue("plate", typed, { shouldDirty: true, shouldValidate: true });
    setFocus("plate");
    if (takeTypedAheadIssue()) issueNow.current();
  }, [setValue, setFocus]);
}
