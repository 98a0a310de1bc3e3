import type { OpscomError } from "@permit-desk/schema";
import { opscomError } from "./opscom-answer.ts";

/** A field sent under two of its names with different values cannot be read either way. */
export function conflictError(conflicts: readonly string[]): OpscomError | undefined {
  const [field] = conflicts;
  if (field === undefined) return undefined;
  return opscomError(9033, `${field} was sent under two of its names with different values.`);
}
