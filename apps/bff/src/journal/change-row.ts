import { CHANGEABLE_FIELDS } from "@permit-desk/schema";
import type { Selectable } from "kysely";
import * as z from "zod/mini";
import type { JournalChangeReconciliationsTable, JournalChangesTable } from "../db/database.ts";
import type {
  ChangeEntry,
  ChangeFields,
  ChangeReconciliationEntry,
  PendingChange,
} from "./change-entry.ts";
import { parseJsonObject } from "./json-object.ts";
import { outcomeOfRow, pendingColumns } from "./outcome-columns.ts";
import { submittedFactsOf } from "./permit-projection.ts";

type ChangeRow = Selectable<JournalChangesTable>;
type ChangeReconciliationRow = Selectable<JournalChangeReconciliationsTable>;

const fieldValue = z.nullable(z.string());
const fieldsSchema = z.partialRecord(
  z.enum(CHANGEABLE_FIELDS),
  z.object({ before: fieldValue, after: fieldValue }),
);

function fieldsOf(text: string): ChangeFields {
  const parsed = fieldsSchema.safeParse(parseJsonObject(text, "journal_changes.fields"));
  if (!parsed.success) throw new Error("Column journal_changes.fields does not hold changes.");
  return parsed.data;
}

export function pendingChangeRow(
  change: PendingChange,
  id: string,
  sequence: number,
  createdAt: Date,
  owner: string | null,
): ChangeRow {
  const { after } = change;
  return {
    id,
    permit_id: change.permitId,
    sequence,
    created_at: createdAt.getTime(),
    actor: change.actor,
    action: change.action,
    reason: change.reason,
    fields: JSON.stringify(change.fields),
    sent_body: JSON.stringify(change.sentBody),
    plate: after.plate,
    zone: after.zone,
    zone_id: after.zoneId,
    valid_from: after.validFrom.getTime(),
    valid_until: after.validUntil.getTime(),
    permit_no: after.permitNo ?? null,
    ...pendingColumns(change.idempotencyKey, owner),
  };
}

export function changeReconciliationOf(row: ChangeReconciliationRow): ChangeReconciliationEntry {
  return {
    id: row.id,
    reconciledAt: new Date(row.reconciled_at),
    reconciledBy: row.reconciled_by,
    finding: row.finding,
    ...(row.note !== null && { note: row.note }),
  };
}

export function changeOf(
  row: ChangeRow,
  reconciliations: ChangeReconciliationEntry[],
): ChangeEntry {
  return {
    id: row.id,
    permitId: row.permit_id,
    sequence: row.sequence,
    createdAt: new Date(row.created_at),
    actor: row.actor,
    action: row.action,
    reason: row.reason,
    fields: fieldsOf(row.fields),
    sentBody: parseJsonObject(row.sent_body, "journal_changes.sent_body"),
    after: submittedFactsOf(row),
    state: row.state,
    ...outcomeOfRow(row),
    reconciliations,
  };
}
