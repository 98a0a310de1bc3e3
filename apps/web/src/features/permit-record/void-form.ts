import type { PermitChangeInput } from "@permit-desk/schema";
import type { FieldErrors, Resolver } from "react-hook-form";
import { checkChangeInput } from "./change-form-errors.ts";

export type VoidFormValues = { reason: string };

export const BLANK_VOID_FORM: VoidFormValues = { reason: "" };

/** A void asks for nothing but the reason. */
export function voidFormResolver(): Resolver<VoidFormValues, unknown, PermitChangeInput> {
  return async ({ reason }) => {
    const checked = checkChangeInput({ action: "void", reason });
    if (checked.ok) return { values: checked.input, errors: {} };
    const errors: FieldErrors<VoidFormValues> = {};
    const message = [...checked.places.values()].join("\n");
    errors.reason = { type: "validation", message };
    return { values: {}, errors };
  };
}
