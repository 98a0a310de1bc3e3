import {
  type CurrentPermit,
  durationId,
  durationOfId,
  endOfDuration,
  type PermitChangeInput,
  problemAsText,
  toOffsetInstant,
  toWallTime,
  type ValidityDuration,
  validityIssues,
} from "@permit-desk/schema";
import type { FieldErrors, Resolver } from "react-hook-form";
import { isWallTime, siteWallTimeToInstant } from "../../lib/site-wall-time.ts";
import { type ChangeLimits, checkChangeInput } from "./change-form-errors.ts";

/** The quick choices, each counted from the permit's current end; a day is a calendar day. */
export const EXTENSIONS = [
  { kind: "hours", hours: 1 },
  { kind: "hours", hours: 2 },
  { kind: "days", days: 1 },
] as const satisfies readonly ValidityDuration[];

/** The choice of a time staff type themselves. */
export const CHOSEN_END = "until";

/** What the extension form's controls hold: a choice's `durationId` or `until`, and the time. */
export type ExtensionFormValues = { choice: string; until: string; reason: string };

export function extensionFormValuesOf(
  current: CurrentPermit,
  siteTimeZone: string,
): ExtensionFormValues {
  return {
    choice: durationId(EXTENSIONS[0]),
    until: toWallTime(current.validUntil, siteTimeZone),
    reason: "",
  };
}

/** The end a quick choice gives: elapsed hours, or the same clock time a day later, site time. */
export function extendedEnd(
  current: CurrentPermit,
  extension: ValidityDuration,
  siteTimeZone: string,
): Date {
  return endOfDuration(new Date(current.validUntil), extension, siteTimeZone);
}

/** The new end asked for, as an instant with its offset; a half-typed time goes as typed. */
export function newEndOf(
  values: ExtensionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
): string {
  if (values.choice === CHOSEN_END) return siteWallTimeToInstant(values.until, siteTimeZone);
  const extension = durationOfId(values.choice) ?? EXTENSIONS[0];
  return toOffsetInstant(extendedEnd(current, extension, siteTimeZone), siteTimeZone);
}

/** An extension is a correction of the end alone. */
export function extensionInputOf(
  values: ExtensionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
): PermitChangeInput {
  return {
    action: "update",
    changes: { validUntil: newEndOf(values, current, siteTimeZone) },
    reason: values.reason,
  };
}

/** Said beside the time itself when it is typed, beside the choices otherwise. */
export function endFieldOf(values: Pick<ExtensionFormValues, "choice">): "until" | "choice" {
  return values.choice === CHOSEN_END ? "until" : "choice";
}

/** The same words the BFF would answer with, so the page and the BFF never disagree. */
export const END_BEFORE_START = "validity_end_before_start";
export const NOTHING_WOULD_CHANGE = "change_no_effect";

function endProblem(
  values: ExtensionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
) {
  if (values.choice === CHOSEN_END && !isWallTime(values.until)) return undefined;
  const newEnd = newEndOf(values, current, siteTimeZone);
  const end = Date.parse(newEnd);
  if (end <= Date.parse(current.validFrom)) return END_BEFORE_START;
  if (end === Date.parse(current.validUntil)) return NOTHING_WOULD_CHANGE;
  // Only the end moves: the start, however long ago, is not judged again.
  const [outside] = validityIssues(
    { validFrom: current.validFrom, validUntil: newEnd },
    { bounds: limits.validityBounds, now: limits.now(), siteTimeZone, judgeStart: false },
  );
  return outside === undefined ? undefined : problemAsText(outside.problem);
}

/** The shared change schema over the form, and what only the permit itself can tell of the end. */
export function extensionFormResolver(
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
): Resolver<ExtensionFormValues, unknown, PermitChangeInput> {
  return async (values) => {
    const checked = checkChangeInput(extensionInputOf(values, current, siteTimeZone));
    const errors: FieldErrors<ExtensionFormValues> = {};
    const endMessages = checked.ok
      ? []
      : [checked.places.get("validUntil"), checked.places.get("form")].filter(
          (message) => message !== undefined,
        );
    const problem = endProblem(values, current, siteTimeZone, limits);
    if (problem !== undefined) endMessages.push(problem);
    if (endMessages.length > 0) {
      errors[endFieldOf(values)] = { type: "validation", message: endMessages.join("\n") };
    }
    const reason = checked.ok ? undefined : checked.places.get("reason");
    if (reason !== undefined) errors.reason = { type: "validation", message: reason };
    if (checked.ok && problem === undefined) return { values: checked.input, errors: {} };
    return { values: {}, errors };
  };
}
