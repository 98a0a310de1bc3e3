import { toOffsetInstant } from "@permit-desk/schema";
import { stringify } from "csv-stringify/sync";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { permitStatusOf } from "../journal/permit-projection.ts";

const COLUMNS = [
  "submitted_at",
  "submitted_by",
  "plate",
  "zone",
  "valid_from",
  "valid_until",
  "amount",
  "currency",
  "permit_no",
  "state",
  "reference_id",
  "finding",
  "journal_id",
  // What its corrections and voids have made of the permit since.
  "status",
  "current_plate",
  "current_zone",
  "current_valid_from",
  "current_valid_until",
  "current_permit_no",
  "corrected",
  "change_count",
];

/** A spreadsheet program reads the file as UTF-8 only when it starts with a byte-order mark. */
const BOM = "\uFEFF";

/**
 * A spreadsheet runs a cell that starts with = + - @ or a control character as a formula
 * (OWASP "CSV injection"); a leading apostrophe makes it plain text.
 */
export function asPlainCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function rowOf(entry: JournalEntry, timeZone: string): string[] {
  // A finding counts while the outcome is unknown; OPSCOM's answer, come later, supersedes it.
  const finding = entry.state === "unknown" ? entry.reconciliations.at(-1) : undefined;
  const { current } = entry;
  return [
    toOffsetInstant(entry.createdAt, timeZone),
    asPlainCell(entry.actor),
    entry.plate,
    asPlainCell(entry.zone),
    toOffsetInstant(entry.validFrom, timeZone),
    toOffsetInstant(entry.validUntil, timeZone),
    entry.amount ?? "",
    entry.currency ?? "",
    asPlainCell(entry.permitNo ?? ""),
    entry.state,
    asPlainCell(entry.referenceId ?? finding?.referenceId ?? ""),
    finding?.finding ?? "",
    entry.id,
    permitStatusOf(entry),
    current.plate,
    asPlainCell(current.zone),
    toOffsetInstant(current.validFrom, timeZone),
    toOffsetInstant(current.validUntil, timeZone),
    asPlainCell(current.permitNo ?? ""),
    entry.correctedAt === undefined ? "no" : "yes",
    String(entry.changeCount),
  ];
}

/** The history as CSV, streamed a batch of rows at a time as the journal is read. */
export function historyCsv(
  entries: AsyncIterable<JournalEntry>,
  timeZone: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = entries[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(
          encoder.encode(BOM + stringify([COLUMNS], { record_delimiter: "windows" })),
        );
      }
      const rows: string[][] = [];
      while (rows.length < 200) {
        const next = await iterator.next();
        if (next.done) break;
        rows.push(rowOf(next.value, timeZone));
      }
      if (rows.length > 0)
        controller.enqueue(encoder.encode(stringify(rows, { record_delimiter: "windows" })));
      if (rows.length < 200) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
