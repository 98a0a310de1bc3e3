import {
  addCalendarDays,
  type HistoryQueryInput,
  PERMIT_STATES,
  type PermitState,
  toOffsetInstant,
  wallTimeToDate,
} from "@permit-desk/schema";
import * as z from "zod/mini";

/**
 * The BFF's query for the filters: the days become instants with the site's offset, from the
 * start of the first day to the start of the day after the last, so the last day is included.
 */
export function historyQueryOf(filters: HistoryFilters, siteTimeZone: string): HistoryQueryInput {
  const { plate, zone, state, show, from, to } = filters;
  return {
    plate,
    zone,
    state,
    awaitingFinding: show === "awaiting" ? "true" : undefined,
    voided: show === "voided" ? "true" : undefined,
    changed: show === "changed" ? "true" : undefined,
    validFrom: from === undefined ? undefined : startOfSiteDay(from, siteTimeZone),
    validTo: to === undefined ? undefined : endOfSiteDay(to, siteTimeZone),
  };
}

/** The instant a `YYYY-MM-DD` day begins on the site's clock, with the site's offset then. */
export function startOfSiteDay(day: string, siteTimeZone: string): string {
  return toOffsetInstant(wallTimeToDate(`${day}T00:00`, siteTimeZone), siteTimeZone);
}

/** The instant a day ends on the site's clock: when the next one begins. */
export function endOfSiteDay(day: string, siteTimeZone: string): string {
  return startOfSiteDay(addCalendarDays(day, 1), siteTimeZone);
}

/** True for a real day written `YYYY-MM-DD`, as a date input gives it: not 2026-02-30. */
export function isCalendarDay(text: string): boolean {
  return z.iso.date().safeParse(text).success;
}

/**
 * What became of the permits shown: voided, corrected or extended since, or never confirmed by
 * OPSCOM with nobody having checked yet (what the Status page counts as awaiting a finding).
 */
export const HISTORY_SHOWS = ["voided", "changed", "awaiting"] as const;
export type HistoryShow = (typeof HISTORY_SHOWS)[number];

/**
 * What staff narrow the history to, as the page's address keeps it, so that a filtered view
 * can be shared and survives a reload. Days are `YYYY-MM-DD` on the site's calendar.
 */
export type HistoryFilters = {
  /** The start of a plate, as typed: the BFF drops spaces and dashes and ignores case. */
  plate?: string;
  zone?: string;
  state?: PermitState;
  show?: HistoryShow;
  /** The first day permits may be valid on. */
  from?: string;
  /** The last day permits may be valid on, included. */
  to?: string;
};

/** The order the filters appear in an address: stable, so equal filters give equal addresses. */
const FILTER_NAMES = ["plate", "zone", "state", "show", "from", "to"] as const;

/** A parameter as typed, trimmed; blank is none. */
const text = z.pipe(
  z.optional(z.string()),
  z.transform((value) => value?.trim() || undefined),
);
/** A parameter the page cannot use (a mistyped state, a day that does not exist) is dropped. */
const usable = <T extends z.ZodMiniType<unknown, string>>(schema: T) =>
  z.catch(z.pipe(text, z.optional(schema)), undefined);
const filtersSchema = z.object({
  plate: text,
  zone: text,
  state: usable(z.enum(PERMIT_STATES)),
  show: usable(z.enum(HISTORY_SHOWS)),
  from: usable(z.iso.date()),
  to: usable(z.iso.date()),
});

/** The filters an address asks for; a value the page cannot use is dropped. */
function historyFiltersFromParams(params: URLSearchParams): HistoryFilters {
  const asked = filtersSchema.parse(
    Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? undefined])),
  );
  return Object.fromEntries(
    Object.entries(asked).filter(([, value]) => value !== undefined),
  ) as HistoryFilters;
}

export function historyFiltersFromSearch(search: string): HistoryFilters {
  return historyFiltersFromParams(new URLSearchParams(search));
}

/** The query string, without `?`, that stands for the filters. */
export function historySearchOf(filters: HistoryFilters): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params.toString();
}

/** The history page showing these filters. */
export function historyPathOf(filters: HistoryFilters): string {
  const search = historySearchOf(filters);
  return search ? `/history?${search}` : "/history";
}

/** Why the filter form refused a search: a range backwards, or a day typed that does not read. */
export type SearchRefusal = "backwards" | "unread";

/** Said of a range whose last day is before its first, as a code that follows the language. */
export const RANGE_BACKWARDS = { code: "history_range_backwards" } as const;

/** True when the last day is before the first: such a range cannot match anything. */
export function isRangeBackwards(filters: Pick<HistoryFilters, "from" | "to">): boolean {
  const { from, to } = filters;
  return Boolean(from && to && to < from);
}

/** What the filter form's controls hold: every filter as text, `""` for none. */
export type HistoryFilterValues = Record<(typeof FILTER_NAMES)[number], string>;

export function historyFilterValuesOf(filters: HistoryFilters): HistoryFilterValues {
  const { plate = "", zone = "", state = "", show = "", from = "", to = "" } = filters;
  return { plate, zone, state, show, from, to };
}

/** The filters the form asks for, read exactly as an address would be. */
export function historyFiltersOfValues(values: HistoryFilterValues): HistoryFilters {
  return historyFiltersFromParams(new URLSearchParams(values));
}
