import { normalizePlate } from "@permit-desk/schema";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database } from "../db/database.ts";
import { decodeCursor, encodeCursor } from "./journal-cursor.ts";
import type { JournalEntry, PermitFacts } from "./journal-entry.ts";
import { filterConditions, type JournalFilter } from "./journal-filter.ts";
import { submittedFactsOf } from "./permit-projection.ts";
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

/**
 * The row, of either journal, a caller wrote under an idempotency key, if its request got as far
 * as the journal: its id and state, as the write pipeline looks for a key's recovered row.
 */
export function rowUnderKey(
  db: Kysely<Database>,
  table: "journal_entries" | "journal_changes",
  actor: string,
  key: string,
): Promise<{ id: string; state: string } | undefined> {
  // Both journals keep the actor and the key alike.
  return db
    .selectFrom(table as "journal_changes")
    .select(["id", "state"])
    .where("actor", "=", actor)
    .where("idempotency_key", "=", key)
    .orderBy("created_at", "desc")
    .limit(1)
    .executeTakeFirst();
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

/** A permit OPSCOM holds or may hold: issued, being sent, or unconfirmed unless found absent. */
export function mayExistInOpscom(eb: ExpressionBuilder<Database, "journal_entries">) {
  return eb.or([
    eb("state", "in", ["issued", "pending"]),
    eb.and([
      eb("state", "=", "unknown"),
      eb.or([eb(latestFinding(eb), "is", null), eb(latestFinding(eb), "!=", "absent")]),
    ]),
  ]);
}

export type ActivePermit = {
  entry: JournalEntry;
  /**
   * The facts under which it is valid for the plate now: its current ones, or those a change
   * OPSCOM has not confirmed would give it (the change may have happened).
   */
  facts: PermitFacts;
};

const byNewest = (a: ActivePermit, b: ActivePermit) =>
  b.entry.createdAt.getTime() - a.entry.createdAt.getTime() ||
  (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : 0);

/** Updates not yet settled that would make a permit valid for the plate at `instant`. */
async function unsettledUpdatesFor(db: Kysely<Database>, plate: string, instant: number) {
  return (
    db
      .selectFrom("journal_changes")
      .select([
        "id",
        "permit_id",
        "plate",
        "zone",
        "zone_id",
        "valid_from",
        "valid_until",
        "permit_no",
      ])
      // Spelled as the partial index is, so that SQLite uses it.
      .where(sql<boolean>`state in ('pending', 'unknown')`)
      .where("plate", "=", plate)
      .where("valid_until", ">", instant)
      .where("valid_from", "<=", instant)
      .where("action", "=", "update")
      .execute()
  );
}

/**
 * Permits valid at `at` for the plate, newest first, as corrected and voided: issued ones, those
 * being sent, unconfirmed ones unless staff found them absent; a voided one no longer. While a
 * change is unsettled the permit counts both as it is and as the change would make it.
 */
export async function activeForPlate(
  db: Kysely<Database>,
  plate: string,
  at: Date,
): Promise<ActivePermit[]> {
  const instant = at.getTime();
  const normalized = normalizePlate(plate);
  const [rows, updates] = await Promise.all([
    db
      .selectFrom("journal_entries")
      .selectAll()
      .where("current_plate", "=", normalized)
      .where("current_valid_from", "<=", instant)
      .where("current_valid_until", ">", instant)
      .where("voided_at", "is", null)
      .where(mayExistInOpscom)
      .execute(),
    unsettledUpdatesFor(db, normalized, instant),
  ]);
  const found = new Set(rows.map((row) => row.id));
  const updateOf = new Map(
    updates.filter((update) => !found.has(update.permit_id)).map((row) => [row.permit_id, row]),
  );
  const changed =
    updateOf.size === 0
      ? []
      : await db
          .selectFrom("journal_entries")
          .selectAll()
          .where("id", "in", [...updateOf.keys()])
          .where("voided_at", "is", null)
          .where(mayExistInOpscom)
          .execute();
  const entries = await entriesWithReconciliations(db, [...rows, ...changed]);
  const active: ActivePermit[] = [];
  for (const entry of entries) {
    const update = updateOf.get(entry.id);
    if (update === undefined) {
      active.push({ entry, facts: entry.current });
    } else if (entry.unsettledChangeId === update.id) {
      active.push({ entry, facts: submittedFactsOf(update) });
    }
  }
  return active.sort(byNewest);
}
