import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import type { ChangeEntry } from "./change-entry.ts";
import * as changeReads from "./change-reads.ts";
import type { JournalEntry, Reconciliation, ReconciliationInput } from "./journal-entry.ts";
import type { JournalFilter } from "./journal-filter.ts";
import * as reads from "./journal-reads.ts";
import * as writes from "./journal-writes.ts";
import { type SimilarPlate, type SimilarPlatesQuery, similarPlates } from "./similar-plates.ts";

export type Journal = {
  get(id: string): Promise<JournalEntry | undefined>;
  /** Newest first; `nextCursor` fetches the following page. */
  list(query: reads.JournalQuery): Promise<reads.JournalPage>;
  /** Every entry the filter covers, newest first, read a page at a time (for exports). */
  iterate(filter: JournalFilter, pageSize?: number): AsyncGenerator<JournalEntry>;
  /**
   * Permits that exist or may exist in OPSCOM for this plate, valid at `at`, newest first: issued,
   * being sent, or unconfirmed unless staff found them absent; as corrected, and not once voided.
   */
  activeForPlate(plate: string, at: Date): Promise<reads.ActivePermit[]>;
  /** Plates one confusable character away from `plate`, issued recently: "did you mean …?". */
  similarPlates(query: SimilarPlatesQuery): Promise<SimilarPlate[]>;
  /** Adds a staff finding to an `unknown` entry; the entry's own facts stay as recorded. */
  reconcile(id: string, input: ReconciliationInput): Promise<Reconciliation>;
  /** A permit's corrections and voids, oldest first. */
  changes(permitId: string): Promise<ChangeEntry[]>;
  /** The changes of each of these permits, oldest first, by permit id. */
  changesByPermit(permitIds: readonly string[]): Promise<Map<string, ChangeEntry[]>>;
  getChange(id: string): Promise<ChangeEntry | undefined>;
};

export type JournalOptions = {
  clock: Clock;
  newId?: () => string;
};

export function createJournal(db: Kysely<Database>, options: JournalOptions): Journal {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  return {
    get: (id) => reads.getEntry(db, id),
    list: (query) => reads.listEntries(db, query),
    iterate: (filter, pageSize) => reads.iterateEntries(db, filter, pageSize),
    activeForPlate: (plate, at) => reads.activeForPlate(db, plate, at),
    similarPlates: (query) => similarPlates(db, query),
    reconcile: (id, input) => writes.reconcile(db, id, input, { id: newId(), at: clock() }),
    changes: (permitId) => changeReads.changesOf(db, permitId),
    changesByPermit: (permitIds) => changeReads.changesByPermit(db, permitIds),
    getChange: (id) => changeReads.getChange(db, id),
  };
}
