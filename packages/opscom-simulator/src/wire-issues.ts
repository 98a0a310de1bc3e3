import type { OpscomError } from "@permit-desk/schema";
import { opscomError } from "./opscom-answer.ts";

/** The part of a zod issue the simulator reads. */
export type WireIssue = { code: string; path: readonly PropertyKey[]; message: string };

/** OPSCOM answers one error at a time; when several apply, the earliest here wins. */
const CODE_PRIORITY = [9008, 9004, 9005, 9006, 9007, 9031, 9030, 9032, 9033];

const REQUIRED_CODE_BY_FIELD: Record<string, number> = {
  endTime: 9004,
  LicencePlate: 9006,
  referenceID: 9008,
};

const INVALID_CODE_BY_FIELD: Record<string, number> = {
  endTime: 9005,
  startTime: 9007,
};

/** The OPSCOM error for a body that failed a wire schema. */
export function errorOfIssues(
  issues: readonly WireIssue[],
  body: Record<string, unknown>,
): OpscomError {
  const errors = issues.map((issue) => errorOfIssue(issue, body));
  const [first] = errors.sort((a, b) => priorityOf(a.ErrorCode) - priorityOf(b.ErrorCode));
  return first ?? opscomError(9033, "The request holds an invalid value.");
}

function errorOfIssue(issue: WireIssue, body: Record<string, unknown>): OpscomError {
  const field = String(issue.path[0] ?? "");
  return opscomError(codeOfIssue(issue, field, body), messageNamingField(field, issue.message));
}

function codeOfIssue(issue: WireIssue, field: string, body: Record<string, unknown>): number {
  if (body[field] === undefined) return REQUIRED_CODE_BY_FIELD[field] ?? 9031;
  if (issue.code === "too_big") return 9030;
  if (issue.code === "too_small") return 9032;
  return INVALID_CODE_BY_FIELD[field] ?? 9033;
}

function priorityOf(code: number): number {
  const index = CODE_PRIORITY.indexOf(code);
  return index === -1 ? CODE_PRIORITY.length : index;
}

/** Clients map messages to their form fields by the wire name, so every message carries it. */
export function messageNamingField(field: string, message: string): string {
  return field === "" || message.includes(field) ? message : `${field}: ${message}`;
}
