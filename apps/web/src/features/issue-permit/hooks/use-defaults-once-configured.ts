import type { ClientConfig } from "@permit-desk/schema";
import { useEffect, useRef } from "react";
import type { PermitForm } from "../utils/permit-form.ts";
import { blankPermitForm } from "../utils/permit-form-values.ts";

/**
 * The form is on screen before the site's settings arrive, so that nothing typed into the plate
 * is lost; once they arrive, they fill in the zone, times and currency, keeping what was typed.
 */
export function useDefaultsOnceConfigured(form: PermitForm, config: ClientConfig | undefined) {
  const configured = useRef(config !== undefined);
  const { reset } = form;
  useEffect(() => {
    if (config === undefined || configured.current) return;
    configured.current = true;
    reset(blankPermitForm(config, new Date()), { keepDirtyValues: true, keepErrors: true });
  }, [config, reset]);
}
