import { normalizePlate, type PermitDraft, plateSkeleton } from "@permit-desk/schema";
import type { Selectable } from "kysely";
import type { JournalEntriesTable, JournalReconciliationsTable } from "../db/database.ts";
import type { JournalEntry, PendingEntry, Reconciliation } from "./journal-entry.ts";
import { parseJsonObject } from "./json-object.ts";
import { outcomeOfRow, pendingColumns } from "./outcome-columns.ts";
import { projectionOfRow } from "./permit-projection.ts";

type EntryRow = Selectable<JournalEntriesTable>;
type ReconciliationRow = Selectable<JournalReconciliationsTable>;

/** The wire applies the site's default currency to an amount given without one: keep what was sent. */
function currencySent(draft: PermitDraft, sentBody: Record<string, unknown>): string | null {
  if (draft.currency !== undefined) return draft.currency;
  return typeof sentBody.CurrencyID === "string" ? sentBody.CurrencyID : null;
}

function epochMsOf(instant: string, field: string): number {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs))
    throw new RangeError(`The draft's ${field} is not an instant: "${instant}".`);
  return epochMs;
}

export function pendingRow(
  entry: PendingEntry,
  id: string,
  createdAt: Date,
  owner: string | null,
): EntryRow {
  const { draft, sentBody } = entry;
  const plate = normalizePlate(draft.plate);
  const validFrom = epochMsOf(draft.validFrom, "validFrom");
  const validUntil = epochMsOf(draft.validUntil, "validUntil");
  const permitNo = draft.permitNo ?? null;
  return {
    id,
    created_at: createdAt.getTime(),
    actor: entry.actor,
    draft: JSON.stringify(draft),
    sent_body: JSON.stringify(sentBody),
    plate,
    plate_skeleton: plateSkeleton(plate),
    zone: draft.zone,
    zone_id: entry.zoneId,
    valid_from: validFrom,
    valid_until: validUntil,
    amount: draft.amount ?? null,
    currency: currencySent(draft, sentBody),
    permit_no: permitNo,
    reference_id: null,
    current_plate: plate,
    current_zone: draft.zone,
    current_zone_id: entry.zoneId,
    current_valid_from: validFrom,
    current_valid_until: validUntil,
    current_permit_no: permitNo,
    voided_at: null,
    corrected_at: null,
    change_count: 0,
    unsettled_change_id: null,
    ...pendingColumns(entry.idempotencyKey, owner),
  };
}

function optional<T>(value: T | null): T | undefined {
  return value ?? undefined;
}

export function reconciliationOf(row: ReconciliationRow): Reconciliation {
  return {
    id: row.id,
    reconciledAt: new Date(row.reconciled_at),
    reconciledBy: row.reconciled_by,
    finding: row.finding,
    referenceId: optional(row.reference_id),
    note: optional(row.note),
  };
}

export function entryOf(row: EntryRow, reconciliations: Reconciliation[]): JournalEntry {
  return {
    id: row.id,
    createdAt: new Date(row.created_at),
    actor: row.actor,
    draft: parseJsonObject(row.draft, "draft"),
    sentBody: parseJsonObject(row.sent_body, "sent_body"),
    plate: row.plate,
    zone: row.zone,
    zoneId: row.zone_id,
    validFrom: new Date(row.valid_from),
    validUntil: new Date(row.valid_until),
    amount: optional(row.amount),
    currency: optional(row.currency),
    permitNo: optional(row.permit_no),
    state: row.state,
    referenceId: optional(row.reference_id),
    ...outcomeOfRow(row),
    reconciliations,
    ...projectionOfRow(row),
  };
}
