import {
  type CurrentPermit,
  normalizePlate,
  type PermitChangeInput,
  type PermitCorrection,
  problemAsText,
  toWallTime,
  validityIssues,
} from "@permit-desk/schema";
import type { FieldErrors, Resolver } from "react-hook-form";
import { siteWallTimeToInstant } from "../../lib/site-wall-time.ts";
import {
  type ChangeLimits,
  type ChangePlace,
  checkChangeInput,
  messagesByPlace,
} from "./change-form-errors.ts";

/** What the correction form's controls hold: the permit as it is now, times on the site's clock. */
export type CorrectionFormValues = {
  plate: string;
  zone: string;
  validFrom: string;
  validUntil: string;
  permitNo: string;
  reason: string;
};

export function correctionFormValuesOf(
  current: CurrentPermit,
  siteTimeZone: string,
): CorrectionFormValues {
  return {
    plate: current.plate,
    // The zone as it is called now: the name a correction would send, and the one offered.
    zone: current.zoneName,
    validFrom: toWallTime(current.validFrom, siteTimeZone),
    validUntil: toWallTime(current.validUntil, siteTimeZone),
    permitNo: current.permitNo ?? "",
    reason: "",
  };
}

/** Only what staff changed is sent: a field left as it reads now stays out of the request. */
export function correctionInputOf(
  values: CorrectionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
): PermitChangeInput {
  const now = correctionFormValuesOf(current, siteTimeZone);
  const changes: Partial<Record<keyof PermitCorrection, string>> = {};
  if (normalizePlate(values.plate) !== current.plate) changes.plate = values.plate;
  if (values.zone !== now.zone) changes.zone = values.zone;
  for (const field of ["validFrom", "validUntil"] as const) {
    if (values[field] !== now[field]) {
      changes[field] = siteWallTimeToInstant(values[field], siteTimeZone);
    }
  }
  if (values.permitNo.trim() !== now.permitNo) changes.permitNo = values.permitNo;
  return { action: "update", changes, reason: values.reason };
}

function correctionErrors(places: Map<ChangePlace, string>): FieldErrors<CorrectionFormValues> {
  const errors: FieldErrors<CorrectionFormValues> = {};
  for (const [place, message] of places) {
    const error = { type: "validation", message };
    if (place === "form") errors.root = { form: error };
    else errors[place] = error;
  }
  return errors;
}

/** Where the corrected validity leaves the site's bounds; a start only when it moves. */
function boundsPlaces(
  changes: PermitCorrection,
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
): Map<ChangePlace, string> {
  if (changes.validFrom === undefined && changes.validUntil === undefined) return new Map();
  const issues = validityIssues(
    {
      validFrom: changes.validFrom ?? current.validFrom,
      validUntil: changes.validUntil ?? current.validUntil,
    },
    {
      bounds: limits.validityBounds,
      now: limits.now(),
      siteTimeZone,
      judgeStart: changes.validFrom !== undefined,
    },
  );
  return messagesByPlace(
    issues.map(({ field, problem }) => ({
      path: ["changes", field],
      message: problemAsText(problem),
    })),
  );
}

/** The shared change schema over the form, as the BFF will read what is sent, and the site's bounds. */
export function correctionFormResolver(
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
): Resolver<CorrectionFormValues, unknown, PermitChangeInput> {
  return async (values) => {
    const checked = checkChangeInput(correctionInputOf(values, current, siteTimeZone));
    if (!checked.ok) return { values: {}, errors: correctionErrors(checked.places) };
    if (checked.input.action !== "update") return { values: checked.input, errors: {} };
    const outside = boundsPlaces(checked.input.changes, current, siteTimeZone, limits);
    if (outside.size > 0) return { values: {}, errors: correctionErrors(outside) };
    return { values: checked.input, errors: {} };
  };
}
