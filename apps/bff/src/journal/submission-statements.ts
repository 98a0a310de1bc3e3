import { type Kysely, type RawBuilder, sql } from "kysely";
import { auditRow } from "../audit/audit-row.ts";
import type { Database } from "../db/database.ts";
import { entryOf, type pendingRow } from "./entry-row.ts";
import { type ClaimedWith, claimAttempts, type IdempotencyClaim } from "./idempotency-keys.ts";
import type { JournalEntry } from "./journal-entry.ts";
import { JournalEntryNotFoundError } from "./journal-errors.ts";
import { recordedColumns } from "./journal-writes.ts";
import type { Settlement } from "./write-stores.ts";

/*
 * A permit's two commits on PostgreSQL, each one statement (decision 023): a statement outside a
 * transaction commits on its own, so each is one round trip where a transaction of several
 * statements took four or five. Data-modifying CTEs do what `writeCommits` does step by step on
 * SQLite, with the same rules: the pending row only with the key's claim, the key's answer kept
 * unless a finished answer is there already (replaced when this commit recorded the outcome).
 */

const columns = (row: Record<string, unknown>) => sql.join(Object.keys(row).map((c) => sql.ref(c)));
const values = (row: Record<string, unknown>) =>
  sql.join(Object.values(row).map((value) => sql`${value}`));

/** Claims the key and journals the pending row in one statement; else says what holds the key. */
export function openInOneStatement(
  db: Kysely<Database>,
  claim: IdempotencyClaim,
  row: ReturnType<typeof pendingRow>,
): Promise<ClaimedWith<JournalEntry>> {
  return claimAttempts(db, claim, async () => {
    const { rows } = await sql<{ id: string }>`
      with claimed as (
        insert into idempotency_keys (scope, key, fingerprint, state, created_at)
        values (${claim.scope}, ${claim.key}, ${claim.fingerprint}, 'in_progress', ${row.created_at})
        on conflict (scope, key) do nothing
        returning key
      )
      insert into journal_entries (${columns(row)})
      select ${values(row)} from claimed
      returning id`.execute(db);
    return rows.length === 0 ? undefined : { value: entryOf(row, []) };
  });
}

/**
 * Records the outcome, its audit event and the key's answer (or frees the key) in one statement.
 * True when the outcome was recorded; throws, writing nothing, when there is no such entry.
 */
export async function settleInOneStatement(
  db: Kysely<Database>,
  settlement: Settlement,
  audit: { id: string; at: Date },
): Promise<boolean> {
  const { entryId, outcome, key, answer } = settlement;
  const set = Object.entries(recordedColumns({ table: "journal_entries", outcome }, audit.at)).map(
    ([column, value]) => sql`${sql.ref(column)} = ${value}`,
  );
  const event = auditRow(settlement.audit, audit.id, audit.at);
  const entryExists = sql`exists (select 1 from journal_entries where id = ${entryId})`;
  const underKey: RawBuilder<unknown> =
    answer === undefined
      ? sql`delete from idempotency_keys`
      : sql`update idempotency_keys set state = 'completed', response_status = ${answer.status},
          response_body = ${JSON.stringify(answer.body)}, completed_at = ${audit.at.getTime()}`;
  const { rows } = await sql<{ recorded: boolean; found: boolean }>`
    with recorded as (
      update journal_entries set ${sql.join(set)}
      where id = ${entryId}
        and (state = 'pending' or (state = 'unknown' and outcome_reason = 'interrupted'))
      returning id
    ), audited as (
      insert into audit_events (${columns(event)})
      select ${values(event)} where ${entryExists}
    ), answered as (
      ${underKey}
      where scope = ${key.scope} and key = ${key.key} and ${entryExists}
        and (state = 'in_progress' or exists (select 1 from recorded))
    )
    select exists (select 1 from recorded) as recorded, ${entryExists} as found`.execute(db);
  const [result] = rows;
  if (result === undefined || !result.found) throw new JournalEntryNotFoundError(entryId);
  return result.recorded;
}
