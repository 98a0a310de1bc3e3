import { type BatchRowInput, draftFieldOfHeader, type PermitDraftField } from "@permit-desk/schema";

/** A list as read: its rows under Permit Desk's field names, the columns used and those not. */
export type ReadList = {
  rows: BatchRowInput[];
  columns: PermitDraftField[];
  ignored: string[];
};

/**
 * The rows of a pasted text or a CSV file (commas, semicolons or a spreadsheet's tabs). A first
 * row naming any column by Permit Desk's names or OPSCOM's (`draftFieldOfHeader`) is the header;
 * without one, a single column is a list of plates. Blank rows and cells are dropped; the parser
 * (csv-parse, of the family the history's export uses) is loaded only when a list is read.
 */
export async function readList(text: string): Promise<ReadList> {
  const { parse } = await import("csv-parse/browser/esm/sync");
  const data = parse(text.trim(), {
    delimiter: delimiterOf(text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
  });
  return listOfCells(data);
}

export function listOfCells(data: readonly string[][]): ReadList {
  const [first = [], ...rest] = data;
  const fields = first.map((header) => draftFieldOfHeader(header));
  const hasHeader = fields.some((field) => field !== undefined);
  if (!hasHeader) {
    const singleColumn = data.every((cells) => cells.filter((cell) => cell.trim()).length <= 1);
    if (!singleColumn) return { rows: [], columns: [], ignored: [] };
    const rows = data.flatMap((cells) => {
      const plate = cells.find((cell) => cell.trim())?.trim();
      return plate ? [{ plate }] : [];
    });
    return { rows, columns: rows.length > 0 ? ["plate"] : [], ignored: [] };
  }
  const rows = rest.map((cells) => {
    const row: BatchRowInput = {};
    fields.forEach((field, index) => {
      const value = cells[index]?.trim();
      if (field !== undefined && value) row[field] = value;
    });
    return row;
  });
  return {
    rows,
    columns: [...new Set(fields.filter((field) => field !== undefined))],
    ignored: first.filter((_, index) => fields[index] === undefined && first[index]?.trim()),
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
