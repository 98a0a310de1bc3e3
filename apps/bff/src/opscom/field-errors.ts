import {
  draftFieldOfWireName,
  type FieldErrors,
  WIRE_FIELD_NAMES_LONGEST_FIRST,
} from "@permit-desk/schema";

const FIELD_BY_CODE: Record<number, keyof FieldErrors> = {
  9004: "validUntil",
  9005: "validUntil",
  9006: "plate",
  9007: "validFrom",
};

const GENERIC_FIELD_CODES = new Set([9030, 9031, 9032, 9033]);

/** The form field a refusal concerns: by its code, or for 9030–9033 by the field its message names. */
export function fieldOfRefusal(
  code: number | undefined,
  message: string,
): keyof FieldErrors | undefined {
  if (code === undefined) return undefined;
  const byCode = FIELD_BY_CODE[code];
  if (byCode !== undefined) return byCode;
  if (!GENERIC_FIELD_CODES.has(code)) return undefined;
  const named = WIRE_FIELD_NAMES_LONGEST_FIRST.find((name) =>
    new RegExp(`\\b${name}\\b`, "i").test(message),
  );
  return named === undefined ? undefined : draftFieldOfWireName(named);
}

/**
 * A refusal as staff hear of it: OPSCOM's own words when it gave some (`detail`, else "") and
 * its error code (else ""); the page adds the published meaning of the code.
 */
export function refusalParams(code: number | undefined, message: string) {
  return { detail: message.trim(), opscomErrorCode: code ?? "" };
}
