import { isCalendarDay } from "@permit-desk/schema";
import type { Locale } from "./i18n/locale.ts";
import { isWallTime } from "./site-wall-time.ts";

/**
 * A wall-clock time typed as two parts, a date and a 24-hour time, whatever the browser's
 * language: `2026-12-06` and `14:30`, never `12/06` nor `02:30 PM`. The form keeps one value,
 * `YYYY-MM-DDTHH:mm`, as before.
 */
export type WallTimeParts = { date: string; time: string };

const DATE_ENTRY = /^(\d{4})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{1,2})$|^(\d{4})(\d{2})(\d{2})$/;
// "14:30", "14h30", "14 h 30", "14.30", "1430", "930", "14", "14h".
const TIME_ENTRY = /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?$|^(\d{1,2})(\d{2})$/i;

const pad = (value: number) => String(value).padStart(2, "0");

/** A typed date as `YYYY-MM-DD`, when it is a day of the calendar; otherwise undefined. */
export function parseDateEntry(text: string): string | undefined {
  const match = DATE_ENTRY.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = (match[1] ? match.slice(1, 4) : match.slice(4, 7)).map(Number) as [
    number,
    number,
    number,
  ];
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * What is wrong with a typed date, if anything: not written year first (`format`), or written so
 * but no day of the calendar, as 2026-02-30 (`noSuchDay`).
 */
export function dateEntryProblem(text: string): "format" | "noSuchDay" | undefined {
  if (text.trim() === "" || parseDateEntry(text) !== undefined) return undefined;
  return DATE_ENTRY.test(text.trim()) ? "noSuchDay" : "format";
}

/** A typed time of a 24-hour clock as `HH:mm`; undefined for anything else. */
export function parseTimeEntry(text: string): string | undefined {
  const match = TIME_ENTRY.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

/** The parts of a form value, for the two inputs; what is not a wall time goes to the date. */
export function wallTimeParts(value: string): WallTimeParts {
  if (isWallTime(value)) return { date: value.slice(0, 10), time: value.slice(11, 16) };
  const [date = "", time = ""] = value.split(" ");
  return { date, time };
}

/**
 * The form value of two typed parts: the wall time once both read, blank when both are, and
 * otherwise the text as typed with a space between, which is no wall time, so the form refuses
 * it and nothing typed is lost.
 */
export function wallTimeOfParts({ date, time }: WallTimeParts): string {
  const day = parseDateEntry(date);
  const clock = parseTimeEntry(time);
  if (day !== undefined && clock !== undefined) return `${day}T${clock}`;
  if (date.trim() === "" && time.trim() === "") return "";
  return `${date.trim()} ${time.trim()}`;
}

const DAY_MS = 86_400_000;
const MINUTES_A_DAY = 24 * 60;

/** The date `days` away (the arrow keys step by one), or the text unchanged when it is no date. */
export function stepDate(text: string, days: number): string {
  const date = parseDateEntry(text);
  if (date === undefined) return text;
  return new Date(Date.parse(`${date}T00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The time `minutes` later (or earlier), round the clock; the text unchanged when it is no time. */
export function stepTime(text: string, minutes: number): string {
  const time = parseTimeEntry(text);
  if (time === undefined) return text;
  const [hours = 0, mins = 0] = time.split(":").map(Number);
  const total = (((hours * 60 + mins + minutes) % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY;
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** The date in words, in the app's language: "Sun, Dec 6, 2026", "dim. 6 déc. 2026". */
export function dateInWords(text: string, locale: Locale): string | undefined {
  const date = parseDateEntry(text);
  if (date === undefined) return undefined;
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00Z`));
}
