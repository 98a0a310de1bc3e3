import * as z from "zod/mini";

/**
 * Whether `2026-12-06` is a day the calendar has (not `2026-02-30` or `2026-13-45`), in years
 * whose next day is still written with four digits, from 1970 on.
 */
function isCalendarDay(date: string): boolean {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  if (year < 1970 || year > 9998) return false;
  const at = new Date(Date.UTC(year, month - 1, day));
  return at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/** A day in the site's time zone, `2026-12-06`; today when absent. */
export const dayQuerySchema = z.object({
  date: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}$/, "day_not_a_date"),
        z.refine(isCalendarDay, "day_not_a_date"),
      ),
  ),
});
export type DayQuery = z.output<typeof dayQuerySchema>;

const count = z.number();

/** A day's figures, read from the journal (the permits a member may see). */
export const dayFiguresSchema = z.object({
  date: z.string(),
  timeZone: z.string(),
  /** Permits issued in each hour of the day, site time: 24 entries (23 or 25 on a clock change). */
  byHour: z.array(z.object({ hour: z.string(), issued: count })),
  byZone: z.array(z.object({ zone: z.string(), issued: count })),
  byMember: z.array(z.object({ member: z.string(), issued: count })),
  /** Amounts of the permits issued, by currency, as two-decimal text. */
  amounts: z.array(z.object({ currency: z.string(), amount: z.string() })),
  /** Refused by OPSCOM, by its error code (absent when it gave none). */
  refused: z.array(z.object({ opscomErrorCode: z.optional(count), count })),
  /** Submitted that day, not confirmed, and without a finding yet. */
  awaitingFinding: count,
  /** The hour (site time, `14:00`) with the most permits issued; absent on a day with none. */
  busiestHour: z.optional(z.string()),
});
export type DayFigures = z.infer<typeof dayFiguresSchema>;

/**
 * OPSCOM's own count of active permits per zone (Permit Stats) beside the journal's; a zone
 * whose counts differ is marked. `opscom` is absent when OPSCOM did not answer.
 */
export const opscomCountsSchema = z.object({
  at: z.string(),
  answered: z.boolean(),
  zones: z.array(
    z.object({
      zone: z.string(),
      /** Issued and not voided: what OPSCOM should hold. */
      journal: count,
      /** Not confirmed: OPSCOM may or may not hold them; a finding settles each. */
      unconfirmed: count,
      opscom: z.optional(count),
      differs: z.boolean(),
    }),
  ),
});
export type OpscomCounts = z.infer<typeof opscomCountsSchema>;
