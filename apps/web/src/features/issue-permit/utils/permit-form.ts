import type { UseFormReturn } from "react-hook-form";
import type { PermitFormOutput } from "./permit-form-resolver.ts";
import type { PermitFormValues } from "./permit-form-values.ts";

/** The issue-permit form: its inputs as typed, and the draft they give once valid. */
export type PermitForm = UseFormReturn<PermitFormValues, unknown, PermitFormOutput>;
