import type { HistoryQuery } from "@permit-desk/schema";
import type { JournalFilter } from "../journal/journal-filter.ts";

/** The history's query parameters as a journal filter. */
export function journalFilterOf(query: HistoryQuery): JournalFilter {
  return {
    ...(query.plate !== undefined && { platePrefix: query.plate }),
    ...(query.zone !== undefined && { zone: query.zone }),
    ...(query.state !== undefined && { state: query.state }),
    ...(query.validFrom !== undefined && { validFrom: new Date(query.validFrom) }),
    ...(query.validTo !== undefined && { validTo: new Date(query.validTo) }),
  };
}
