import type { OpscomError } from "@permit-desk/schema";
import { opscomError } from "./opscom-answer.ts";

/** Wire times share one fixed-width format, so their text order is their time order. */
export function timeOrderError(startTime: string, endTime: string): OpscomError | undefined {
  if (endTime > startTime) return undefined;
  return opscomError(9033, "endTime must be after startTime.");
}
