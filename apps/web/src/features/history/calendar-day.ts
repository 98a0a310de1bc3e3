const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcMidnight(day: string): Date | undefined {
  const match = CALENDAR_DAY.exec(day);
  if (!match) return undefined;
  const [year = 0, month = 1, date = 1] = match.slice(1).map(Number);
  const midnight = new Date(0);
  midnight.setUTCFullYear(year, month - 1, date);
  return midnight;
}

/** True for a real day written `YYYY-MM-DD`, as a date input gives it: not 2026-02-30. */
export function isCalendarDay(text: string): boolean {
  return utcMidnight(text)?.toISOString().slice(0, 10) === text;
}

/** The calendar day after a `YYYY-MM-DD` day: calendar arithmetic, no time zone involved. */
export function nextCalendarDay(day: string): string {
  const midnight = utcMidnight(day);
  if (!midnight) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(midnight.getTime() + DAY_MS).toISOString().slice(0, 10);
}
