import { normalizePlate } from "@permit-desk/schema";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { decodeCursor, encodeCursor } from "./journal-cursor.ts";
import type { JournalEntry } from "./journal-entry.ts";
import { filterConditions, type JournalFilter } from "./journal-filter.ts";
import { entriesWithReconciliations, latestFinding } from "./reconciliations.ts";

export const MAX_PAGE_SIZE = 500;

export type JournalQuery = JournalFilter & { limit: number; cursor?: string };
export type JournalPage = { entries: JournalEntry[]; nextCursor?: string };

export async function getEntry(
  db: Kysely<Database>,
  id: string,
): Promise<JournalEntry | undefined> {
  const row = await db
    .selectFrom("journal_entries")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const [entry] = await entriesWithReconciliations(db, [row]);
  return entry;
}

/** The submission a caller made under an idempotency key, if it got as far as the journal. */
export async function entryByIdempotencyKey(
  db: Kysely<Database>,
  actor: string,
  key: string,
): Promise<JournalEntry | undefined> {
  const row = await db
    .selectFrom("journal_entries")
    .selectAll()
    .where("actor", "=", actor)
    .where("idempotency_key", "=", key)
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const [entry] = await entriesWithReconciliations(db, [row]);
  return entry;
}

function checkPageSize(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new RangeError(`A page holds 1 to ${MAX_PAGE_SIZE} entries, not ${limit}.`);
  }
}

/** Newest first, by (created_at, id): a page boundary stays put however many entries arrive. */
export async function listEntries(db: Kysely<Database>, query: JournalQuery): Promise<JournalPage> {
  checkPageSize(query.limit);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const rows = await db
    .selectFrom("journal_entries")
    .selectAll()
    .where((eb) =>
      eb.and([
        ...filterConditions(eb, query),
        ...(after === undefined
          ? []
          : [eb(eb.refTuple("created_at", "id"), "<", eb.tuple(after.createdAt, after.id))]),
      ]),
    )
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const more = rows.length > query.limit && last !== undefined;
  return {
    entries: await entriesWithReconciliations(db, page),
    ...(more && { nextCursor: encodeCursor({ createdAt: last.created_at, id: last.id }) }),
  };
}

export async function* iterateEntries(
  db: Kysely<Database>,
  filter: JournalFilter,
  pageSize = MAX_PAGE_SIZE,
): AsyncGenerator<JournalEntry> {
  let cursor: string | undefined;
  do {
    const page = await listEntries(db, { ...filter, limit: pageSize, cursor });
    yield* page.entries;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/** Issued permits, and unconfirmed ones staff found in OPSCOM, valid at `at`. */
export async function activeForPlate(
  db: Kysely<Database>,
  plate: string,
  at: Date,
): Promise<JournalEntry[]> {
  const instant = at.getTime();
  const rows = await db
    .selectFrom("journal_entries")
    .selectAll()
    .where("plate", "=", normalizePlate(plate))
    .where("valid_from", "<=", instant)
    .where("valid_until", ">", instant)
    .where((eb) =>
      eb.or([
        eb("state", "in", ["issued", "pending"]),
        eb.and([
          eb("state", "=", "unknown"),
          eb.or([eb(latestFinding(eb), "is", null), eb(latestFinding(eb), "!=", "absent")]),
        ]),
      ]),
    )
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return entriesWithReconciliations(db, rows);
}
