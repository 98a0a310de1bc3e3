import type { HistoryQuery } from "@permit-desk/schema";
import type { JournalFilter } from "../journal/journal-filter.ts";
import type { ZoneRef } from "./submit-permit.ts";

/** The zone the history's filter names: the zone called so now, else the name permits were sent with. */
function zoneFilterOf(name: string, zones: readonly ZoneRef[]): JournalFilter {
  const zone = zones.find((known) => known.name === name);
  return zone === undefined ? { zoneNameSent: name } : { zoneId: zone.id };
}

/** The history's query parameters as a journal filter; `zones` are all the site's zones. */
export function journalFilterOf(query: HistoryQuery, zones: readonly ZoneRef[]): JournalFilter {
  return {
    ...(query.plate !== undefined && { platePrefix: query.plate }),
    ...(query.zone !== undefined && zoneFilterOf(query.zone, zones)),
    ...(query.state !== undefined && { state: query.state }),
    // What the Status page counts (decision 026); with another state, no permit is both.
    ...(query.awaitingFinding !== undefined && {
      state: query.state === undefined || query.state === "unknown" ? "unknown" : [],
      reconciled: false,
    }),
    ...(query.voided !== undefined && { voided: true }),
    ...(query.changed !== undefined && { changed: true }),
    ...(query.validFrom !== undefined && { validFrom: new Date(query.validFrom) }),
    ...(query.validTo !== undefined && { validTo: new Date(query.validTo) }),
  };
}
