/** OPSCOM's published error codes (shared contract: "Errors"). */
export const OPSCOM_ERROR_CODES = {
  9000: "The client code is missing.",
  9001: "The API token is missing.",
  9002: "The API token lacks permission for this request.",
  9003: "The request could not be parsed.",
  9004: "The end time is required.",
  9005: "The end time is invalid.",
  9006: "The licence plate is required.",
  9007: "The start time is invalid.",
  9008: "The reference ID is required.",
  9009: "The record was not found.",
  9030: "A field is too long.",
  9031: "A field is required.",
  9032: "A field is too short.",
  9033: "A field's value is invalid.",
} as const satisfies Record<number, string>;

export type OpscomErrorCode = keyof typeof OPSCOM_ERROR_CODES;

/** A code OPSCOM publishes: 9000–9009, 9030–9033, and 9010–9022 ("vehicle and user errors"). */
export function isPublishedOpscomErrorCode(code: number): boolean {
  return code in OPSCOM_ERROR_CODES || (code >= 9010 && code <= 9022);
}

/** 9010–9022 are published only as "vehicle and user errors". */
export function describeOpscomErrorCode(code: number): string {
  if (code in OPSCOM_ERROR_CODES) return OPSCOM_ERROR_CODES[code as OpscomErrorCode];
  if (code >= 9010 && code <= 9022) return "OPSCOM reported a vehicle or user error.";
  return "OPSCOM reported an error.";
}
