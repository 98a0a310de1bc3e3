import type { ClientConfig } from "./api.ts";
import { endOfDuration, MAX_DURATION_DAYS } from "./durations.ts";
import { type Problem, problem } from "./problems.ts";
import { zonedInstantOf } from "./time.ts";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How far a permit's validity may reach, a site's settings: a start at most `maxPastHours` ago
 * and at most `maxAheadDays` from now, a permit at most `maxPermitDays` long (calendar days on
 * the site's clock, so a 30-day permit across a clock change is still 30 days).
 */
export type ValidityBounds = ClientConfig["validityBounds"];

/** A day back for a clerk entering a permit late; a year ahead; OPSCOM's 30 days for temporary permits. */
export const DEFAULT_VALIDITY_BOUNDS: ValidityBounds = {
  maxPastHours: 24,
  maxAheadDays: 365,
  maxPermitDays: MAX_DURATION_DAYS,
};

/** The settings' own limits: wider than any site needs, narrow enough to keep times sane. */
export const VALIDITY_BOUNDS_LIMITS = {
  maxPastHours: { min: 1, max: 24 * 366 },
  maxAheadDays: { min: 1, max: 3_660 },
  maxPermitDays: { min: 1, max: 3_660 },
} as const satisfies Record<keyof ValidityBounds, { min: number; max: number }>;

export type ValidityIssue = { field: "validFrom" | "validUntil"; problem: Problem };

/** The instant a validity's time names, as a date or as text (`zonedInstantOf`). */
const instantOf = (value: string | Date): Date | undefined =>
  typeof value === "string" ? zonedInstantOf(value) : Number.isNaN(+value) ? undefined : value;

/**
 * Whether a permit lasts longer than so many calendar days on the site's clock. A clock change
 * moves that by at most an hour, so only a length within an hour of it needs the calendar.
 */
function isLongerThanDays(start: Date, end: Date, days: number, siteTimeZone: string): boolean {
  const length = end.getTime() - start.getTime();
  if (length > days * DAY_MS + HOUR_MS) return true;
  if (length <= days * DAY_MS - HOUR_MS) return false;
  try {
    return end.getTime() > endOfDuration(start, { kind: "days", days }, siteTimeZone).getTime();
  } catch {
    // A start so far off that its calendar cannot be read (year 10000) is refused for its start.
    return length > days * DAY_MS;
  }
}

/**
 * Where a validity leaves the site's bounds, beside the field to change. The start is judged
 * against `now` only when it is being set (a new permit, or a correction of its start): an
 * extension must not be refused because the permit began last week. The length is always judged.
 */
export function validityIssues(
  validity: { validFrom: string | Date; validUntil: string | Date },
  context: {
    bounds: ValidityBounds;
    now: Date;
    siteTimeZone: string;
    /** False when only the end changes. */
    judgeStart?: boolean;
  },
): ValidityIssue[] {
  const { bounds, now, siteTimeZone, judgeStart = true } = context;
  const start = instantOf(validity.validFrom);
  const end = instantOf(validity.validUntil);
  if (start === undefined || end === undefined) return [];
  const issues: ValidityIssue[] = [];
  if (judgeStart && start.getTime() < now.getTime() - bounds.maxPastHours * HOUR_MS) {
    issues.push({
      field: "validFrom",
      problem: problem("validity_start_too_early", { hours: bounds.maxPastHours }),
    });
  }
  if (judgeStart && start.getTime() > now.getTime() + bounds.maxAheadDays * DAY_MS) {
    issues.push({
      field: "validFrom",
      problem: problem("validity_start_too_late", { days: bounds.maxAheadDays }),
    });
  }
  if (isLongerThanDays(start, end, bounds.maxPermitDays, siteTimeZone)) {
    issues.push({
      field: "validUntil",
      problem: problem("validity_too_long", { days: bounds.maxPermitDays }),
    });
  }
  return issues;
}

/** The issues' problems by field, as an answer's `fieldErrors` carries them. */
export function validityIssuesByField(
  issues: readonly ValidityIssue[],
): Partial<Record<ValidityIssue["field"], Problem[]>> {
  const byField: Partial<Record<ValidityIssue["field"], Problem[]>> = {};
  for (const { field, problem } of issues) byField[field] = [...(byField[field] ?? []), problem];
  return byField;
}
