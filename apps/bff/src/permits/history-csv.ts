import { toOffsetInstant } from "@permit-desk/schema";
import { stringify } from "csv-stringify/sync";
import type { JournalEntry } from "../journal/journal-entry.ts";
import { permitStatusOf } from "../journal/permit-projection.ts";

const COLUMNS = [
  "submitted_at",
  "submitted_by",
  // The display name staff know the member by, while the account exists; the username proves who.
  "submitted_by_name",
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

/** A member's display name now, by username; undefined once the account is gone. */
export type NameOf = (username: string) => Promise<string | undefined>;

function rowOf(entry: JournalEntry, timeZone: string, name: string | undefined): string[] {
  // A finding counts while the outcome is unknown; OPSCOM's answer, come later, supersedes it.
  const finding = entry.state === "unknown" ? entry.reconciliations.at(-1) : undefined;
  const { current } = entry;
  return [
    toOffsetInstant(entry.createdAt, timeZone),
    asPlainCell(entry.actor),
    asPlainCell(name ?? ""),
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

const BATCH = 200;

/** The next batch of rows, and whether the journal has more after it. */
async function nextRows(
  iterator: AsyncIterator<JournalEntry>,
  timeZone: string,
  nameOf: NameOf,
): Promise<{ text: string; more: boolean }> {
  const rows: string[][] = [];
  while (rows.length < BATCH) {
    const next = await iterator.next();
    if (next.done) break;
    rows.push(rowOf(next.value, timeZone, await nameOf(next.value.actor)));
  }
  const text = rows.length > 0 ? stringify(rows, { record_delimiter: "windows" }) : "";
  return { text, more: rows.length === BATCH };
}

/**
 * The history as CSV, streamed a batch of rows at a time as the journal is read. The first
 * batch is read before the stream is handed over: a query that fails then fails the request
 * with an error status, instead of a 200 whose download stops after the header.
 */
export async function historyCsv(
  entries: AsyncIterable<JournalEntry>,
  timeZone: string,
  nameOf: NameOf,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const iterator = entries[Symbol.asyncIterator]();
  const first = await nextRows(iterator, timeZone, nameOf);
  return new ReadableStream({
    start(controller) {
      const header = stringify([COLUMNS], { record_delimiter: "windows" });
      controller.enqueue(encoder.encode(BOM + header + first.text));
      if (!first.more) controller.close();
    },
    async pull(controller) {
      const { text, more } = await nextRows(iterator, timeZone, nameOf);
      if (text !== "") controller.enqueue(encoder.encode(text));
      if (!more) controller.close();
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
