import {
  addCalendarDays,
  type HistoryQueryInput,
  PERMIT_STATES,
  type PermitState,
  toOffsetInstant,
  wallTimeToDate,
} from "@permit-desk/schema";

/**
 * The BFF's query for the filters: the days become instants with the site's offset, from the
 * start of the first day to the start of the day after the last, so the last day is included.
 */
export function historyQueryOf(filters: HistoryFilters, siteTimeZone: string): HistoryQueryInput {
  const { plate, zone, state, from, to } = filters;
  return {
    plate,
    zone,
    state,
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

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/**
 * What staff narrow the history to, as the page's address keeps it, so that a filtered view
 * can be shared and survives a reload. Days are `YYYY-MM-DD` on the site's calendar.
 */
export type HistoryFilters = {
  /** The start of a plate, as typed: the BFF drops spaces and dashes and ignores case. */
  plate?: string;
  zone?: string;
  state?: PermitState;
  /** The first day permits may be valid on. */
  from?: string;
  /** The last day permits may be valid on, included. */
  to?: string;
};

/** The order the filters appear in an address: stable, so equal filters give equal addresses. */
const FILTER_NAMES = ["plate", "zone", "state", "from", "to"] as const;

function isPermitState(text: string): text is PermitState {
  return PERMIT_STATES.some((state) => state === text);
}

function textParam(params: URLSearchParams, name: string): string | undefined {
  return params.get(name)?.trim() || undefined;
}

function dayParam(params: URLSearchParams, name: string): string | undefined {
  const day = textParam(params, name);
  return day !== undefined && isCalendarDay(day) ? day : undefined;
}

/** The filters an address asks for; a value the page cannot use (a mistyped state) is dropped. */
function historyFiltersFromParams(params: URLSearchParams): HistoryFilters {
  const plate = textParam(params, "plate");
  const zone = textParam(params, "zone");
  const state = textParam(params, "state");
  const from = dayParam(params, "from");
  const to = dayParam(params, "to");
  return {
    ...(plate && { plate }),
    ...(zone && { zone }),
    ...(state && isPermitState(state) && { state }),
    ...(from && { from }),
    ...(to && { to }),
  };
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

/** True when the last day is before the first: such a range cannot match anything. */
export function isRangeBackwards(filters: Pick<HistoryFilters, "from" | "to">): boolean {
  const { from, to } = filters;
  return Boolean(from && to && to < from);
}

/** What the filter form's controls hold: every filter as text, `""` for none. */
export type HistoryFilterValues = Record<(typeof FILTER_NAMES)[number], string>;

export function historyFilterValuesOf(filters: HistoryFilters): HistoryFilterValues {
  const { plate = "", zone = "", state = "", from = "", to = "" } = filters;
  return { plate, zone, state, from, to };
}

/** The filters the form asks for, read exactly as an address would be. */
export function historyFiltersOfValues(values: HistoryFilterValues): HistoryFilters {
  return historyFiltersFromParams(new URLSearchParams(values));
}
