import {
  type BatchRowInput,
  draftFieldOfHeader,
  type PermitDraftField,
  toWallTime,
  zonedInstantOf,
} from "@permit-desk/schema";
import { isWallTime, siteWallTimeToInstant } from "../../lib/site-wall-time.ts";
import { wallTimeOfParts } from "../../lib/wall-time-entry.ts";

/** A list as read: its rows under Permit Desk's field names, the columns used and those not. */
export type ReadList = {
  rows: BatchRowInput[];
  columns: PermitDraftField[];
  ignored: string[];
  /** The start or end read as UTC, under OPSCOM's `StartDateUtc` or `EndDateUtc`. */
  utc?: PermitDraftField[];
};

/**
 * The rows of a pasted text or a CSV file (commas, semicolons or a spreadsheet's tabs). A first
 * row naming any column by Permit Desk's names or OPSCOM's (`draftFieldOfHeader`) is the header;
 * without one, a single column is a list of plates. Blank rows and cells are dropped; the parser
 * (csv-parse, of the family the history's export uses) is loaded only when a list is read.
 */
export async function readList(text: string, siteTimeZone: string): Promise<ReadList> {
  const { parse } = await import("csv-parse/browser/esm/sync");
  const data = parse(text.trim(), {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
  });
  return listOfCells(data, siteTimeZone);
}

/**
 * A row's cells under the header's fields. A start or end written without a zone is read as the
 * form reads it, year first (`2026-12-07 09:00`, `2026-12-07T09:00:00`), and sent as an instant:
 * under OPSCOM's `StartDateUtc` and `EndDateUtc` it is UTC, as OPSCOM's own times are; under any
 * other name it is the site's time, as typed in the form.
 */
export function listOfCells(data: readonly string[][], siteTimeZone: string): ReadList {
  const [first = [], ...rest] = data;
  const fields = first.map((header) => draftFieldOfHeader(header));
  // A list of plates alone may start with a plate that is also a column's name (END, FIN…): a
  // single column's header names the plate, or it is not a header.
  const filled = fields.filter((_, index) => first[index]?.trim());
  const hasHeader =
    filled.length === 1 ? filled[0] === "plate" : fields.some((field) => field !== undefined);
  if (!hasHeader) {
    const singleColumn = data.every((cells) => cells.filter((cell) => cell.trim()).length <= 1);
    if (!singleColumn) return { rows: [], columns: [], ignored: [] };
    const rows = data.flatMap((cells) => {
      const plate = cells.find((cell) => cell.trim())?.trim();
      return plate ? [{ plate }] : [];
    });
    return { rows, columns: rows.length > 0 ? ["plate"] : [], ignored: [] };
  }
  const utc = first.map((header) => /utc$/i.test(header.replace(/[\s_-]+/g, "")));
  const rows = rest.map((cells) => {
    const row: BatchRowInput = {};
    fields.forEach((field, index) => {
      const value = cells[index]?.trim();
      if (field === undefined || !value) return;
      row[field] =
        field === "validFrom" || field === "validUntil"
          ? listTime(value, utc[index] === true, siteTimeZone)
          : value;
    });
    return row;
  });
  return {
    rows,
    columns: [...new Set(fields.filter((field) => field !== undefined))],
    ignored: first.filter((_, index) => fields[index] === undefined && first[index]?.trim()),
    utc: fields.flatMap((field, index) => (field !== undefined && utc[index] ? [field] : [])),
  };
}

/** The list's separator, as its first line uses most: a spreadsheet's tab, a semicolon or a comma. */
function delimiterOf(text: string): string {
  const firstLine = text.trimStart().split(/\r?\n/, 1)[0] ?? "";
  const count = (separator: string) => firstLine.split(separator).length;
  return ["\t", ";", ","].reduce((best, separator) =>
    count(separator) > count(best) ? separator : best,
  );
}

/** Whether a start or end cell holds an instant the list's reading made of it, or was given. */
export function isListInstant(value: string): boolean {
  return zonedInstantOf(value) !== undefined;
}

/**
 * A start or end cell as the clerk types it to fix it: an instant on the site's clock, year first
 * (`2026-12-07 09:00`); anything else (a time not read) as it was written.
 */
export function listTimeToType(value: string, siteTimeZone: string): string {
  return isListInstant(value) ? toWallTime(value, siteTimeZone).replace("T", " ") : value;
}

// A date, then `T` or spaces, then a time with optional seconds, and no zone after it.
const ZONELESS_TIME = /^(\S+?)(?:T|\s+)(\d{1,2}(?::\d{2})?)(?::(\d{2}))?$/i;

/**
 * A start or end as the server takes it: a time without a zone as an instant (UTC, or the site's
 * time); anything else as written, for the schema to read or refuse.
 */
export function listTime(value: string, utc: boolean, siteTimeZone: string): string {
  const match = ZONELESS_TIME.exec(value);
  if (!match) return value;
  const wall = wallTimeOfParts({ date: match[1] ?? "", time: match[2] ?? "" });
  if (!isWallTime(wall)) return value;
  const withSeconds = `${wall}:${match[3] ?? "00"}`;
  return utc ? `${withSeconds}Z` : siteWallTimeToInstant(withSeconds, siteTimeZone);
}
