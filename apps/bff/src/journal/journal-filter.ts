import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { Database, JournalState } from "../db/database.ts";
import { plateRange } from "./plate-prefix.ts";

/**
 * Which entries a list or an export covers; every criterion given must hold. Plate, zone and
 * validity are the permit's current ones, as its changes made them.
 */
export type JournalFilter = {
  /** Plates starting with this, as typed: spaces, dashes and case do not matter. */
  platePrefix?: string;
  /** Only entries now in this zone, by id. */
  zoneId?: string;
  /** Only entries now under this name as sent to OPSCOM, for a name no zone has any more. */
  zoneNameSent?: string;
  /** Only entries submitted in, or now in, one of these zones by id (none: no entry). */
  zoneIds?: readonly string[];
  state?: JournalState | readonly JournalState[];
  actor?: string;
  /** Entries valid at some instant of [validFrom, validTo). */
  validFrom?: Date;
  validTo?: Date;
  /** Only entries with (true) or without (false) a staff finding. */
  reconciled?: boolean;
  /** Only permits voided (true) or not (false). */
  voided?: boolean;
  /** Only permits that an update (correction or extension) changed since they were issued. */
  changed?: boolean;
};

type EntryExpressions = ExpressionBuilder<Database, "journal_entries">;

function stateCondition(
  eb: EntryExpressions,
  state: JournalFilter["state"],
): Expression<SqlBool>[] {
  if (state === undefined) return [];
  if (typeof state === "string") return [eb("journal_entries.state", "=", state)];
  return [state.length === 0 ? eb.lit(false) : eb("journal_entries.state", "in", state)];
}

function reconciledCondition(
  eb: EntryExpressions,
  reconciled: boolean | undefined,
): Expression<SqlBool>[] {
  if (reconciled === undefined) return [];
  const findings = eb
    .selectFrom("journal_reconciliations")
    .select("journal_reconciliations.id")
    .whereRef("journal_reconciliations.entry_id", "=", "journal_entries.id");
  return [reconciled ? eb.exists(findings) : eb.not(eb.exists(findings))];
}

export function filterConditions(
  eb: EntryExpressions,
  filter: JournalFilter,
): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  const plates = filter.platePrefix === undefined ? undefined : plateRange(filter.platePrefix);
  if (plates !== undefined) {
    conditions.push(eb("journal_entries.current_plate", ">=", plates.from));
    if (plates.to !== undefined) {
      conditions.push(eb("journal_entries.current_plate", "<", plates.to));
    }
  }
  if (filter.zoneId !== undefined) {
    conditions.push(eb("journal_entries.current_zone_id", "=", filter.zoneId));
  }
  if (filter.zoneNameSent !== undefined) {
    conditions.push(eb("journal_entries.current_zone", "=", filter.zoneNameSent));
  }
  if (filter.zoneIds !== undefined) {
    const { zoneIds } = filter;
    conditions.push(
      zoneIds.length === 0
        ? eb.lit(false)
        : eb.or([
            eb("journal_entries.current_zone_id", "in", zoneIds),
            eb("journal_entries.zone_id", "in", zoneIds),
          ]),
    );
  }
  if (filter.actor !== undefined) conditions.push(eb("journal_entries.actor", "=", filter.actor));
  if (filter.validFrom !== undefined) {
    conditions.push(eb("journal_entries.current_valid_until", ">", filter.validFrom.getTime()));
  }
  if (filter.validTo !== undefined) {
    conditions.push(eb("journal_entries.current_valid_from", "<", filter.validTo.getTime()));
  }
  if (filter.voided !== undefined) {
    conditions.push(eb("journal_entries.voided_at", filter.voided ? "is not" : "is", null));
  }
  if (filter.changed) conditions.push(eb("journal_entries.corrected_at", "is not", null));
  conditions.push(
    ...stateCondition(eb, filter.state),
    ...reconciledCondition(eb, filter.reconciled),
  );
  return conditions;
}
