import { tzOffset } from "@date-fns/tz";
import * as z from "zod/mini";

export const TIME_BASES = ["utc", "local"] as const;
/** Whether OPSCOM's wire times are UTC or the site's wall-clock time: undocumented, so a setting. */
export type TimeBasis = (typeof TIME_BASES)[number];

/** OPSCOM's `Y-m-d\TH:i:s`: no offset, no fraction, no `Z`. */
export const WIRE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** An instant written in ISO 8601 with an explicit offset (`Z` or `±hh:mm`). */
export const instantSchema = z.iso.datetime({
  offset: true,
  error: "date_time_required",
});

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's reading of an instant, `YYYY-MM-DDTHH:mm:ss`, and the zone's offset then, in minutes. */
function readingIn(instant: string | Date, timeZone: string): { text: string; offset: number } {
  const date = new Date(instant);
  const offset = timeZone === "UTC" ? 0 : tzOffset(timeZone, date);
  const text = new Date(date.getTime() + offset * MINUTE_MS).toISOString().slice(0, 19);
  return { text, offset };
}

function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "Z";
  const minutes = Math.abs(Math.round(offsetMinutes));
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `${offsetMinutes < 0 ? "-" : "+"}${hh}:${mm}`;
}

/** The wire time of an instant: its UTC reading, or its wall-clock reading in the site's zone. */
export function toWireTime(instant: string | Date, basis: TimeBasis, siteTimeZone: string): string {
  return readingIn(instant, basis === "utc" ? "UTC" : siteTimeZone).text;
}

/** The instant a wire time stands for, read in the given basis. */
export function fromWireTime(wireTime: string, basis: TimeBasis, siteTimeZone: string): Date {
  return wallTimeToDate(wireTime, basis === "utc" ? "UTC" : siteTimeZone);
}

/** Whether a year, a month (1 to 12) and a day name a day of the calendar: 2026-02-30 does not. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ZONED_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * The instant a text names with its zone (`2026-12-07T14:00:00Z`, `…-05:00`) on a day of the
 * calendar; nothing for any other text. JavaScript's own reading is lenient: it takes 2026-02-30
 * for March 2, and a time without a zone for one of the reader's zone.
 */
export function zonedInstantOf(text: string): Date | undefined {
  const match = ZONED_INSTANT.exec(text);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
    return undefined;
  }
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** `YYYY-MM-DDTHH:mm` as shown by a `datetime-local` input, in the given zone. */
export function toWallTime(instant: string | Date, timeZone: string): string {
  return readingIn(instant, timeZone).text.slice(0, 16);
}

/** Whether two instants fall on the same calendar day in the given zone. */
export function isSameWallDay(a: string | Date, b: string | Date, timeZone: string): boolean {
  return toWallTime(a, timeZone).slice(0, 10) === toWallTime(b, timeZone).slice(0, 10);
}

/**
 * The instant at a wall-clock time in a zone. A time skipped by a daylight-saving jump
 * resolves to the same elapsed position after the jump (02:30 becomes 03:30); a repeated
 * time resolves to its first occurrence.
 */
export function wallTimeToDate(wallTime: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(wallTime);
  if (!match) throw new RangeError(`Not a wall-clock time: ${wallTime}`);
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  const asIfUtc = new Date(0);
  asIfUtc.setUTCFullYear(year, month - 1, day);
  asIfUtc.setUTCHours(hour, minute, second, 0);
  const wall = asIfUtc.getTime();
  // The zone's offsets a day either side bracket any transition near this wall time. Deciding
  // here, rather than in TZDate's constructor, keeps the answer independent of the machine's
  // own zone: TZDate resolves a repeated hour differently depending on it.
  const offsetBefore = tzOffset(timeZone, new Date(wall - DAY_MS));
  const offsetAfter = tzOffset(timeZone, new Date(wall + DAY_MS));
  const [first] = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, instant: wall - Math.round(offset * MINUTE_MS) }))
    .filter(({ offset, instant }) => tzOffset(timeZone, new Date(instant)) === offset)
    .map(({ instant }) => instant)
    .sort((a, b) => a - b);
  return new Date(first ?? wall - Math.round(offsetBefore * MINUTE_MS));
}

/** An ISO 8601 instant carrying the zone's offset at that moment, e.g. `2026-03-08T03:30:00-04:00`. */
export function toOffsetInstant(instant: string | Date, timeZone: string): string {
  const { text, offset } = readingIn(instant, timeZone);
  return `${text}${formatOffset(offset)}`;
}

/** True when the wall-clock time does not exist in the zone (skipped by a daylight-saving jump). */
export function isSkippedWallTime(wallTime: string, timeZone: string): boolean {
  return toWallTime(wallTimeToDate(wallTime, timeZone), timeZone) !== wallTime.slice(0, 16);
}
