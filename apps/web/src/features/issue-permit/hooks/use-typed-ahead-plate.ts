import { useLayoutEffect } from "react";
import type { PermitForm } from "../utils/permit-form.ts";
import { takeTypedAheadPlate } from "../utils/typed-ahead-plate.ts";

/**
 * Takes over what was typed into the placeholder's plate while the form loaded. A layout
 * effect: it runs before the browser handles another key, so none falls between the two.
 */
export function useTypedAheadPlate(form: PermitForm): void {
  const { setValue } = form;
  useLayoutEffect(() => {
    const typed = takeTypedAheadPlate();
    if (typed) setValue("plate", typed, { shouldDirty: true, shouldValidate: true });
  }, [setValue]);
}
