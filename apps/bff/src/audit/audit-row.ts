import { AUDIT_ACTIONS } from "@permit-desk/schema";
import type { Selectable } from "kysely";
import * as z from "zod/mini";
import type { AuditEventsTable } from "../db/database.ts";
import { parseJsonObject } from "../journal/json-object.ts";
import type { AuditEvent, AuditEventInput, Changes } from "./audit-event.ts";

const changesSchema = z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }));
const actionSchema = z.enum(AUDIT_ACTIONS);

function changesOf(text: string | null): Changes | undefined {
  if (text === null) return undefined;
  const parsed = changesSchema.safeParse(parseJsonObject(text, "audit_events.changes"));
  if (!parsed.success) throw new Error("Column audit_events.changes does not hold changes.");
  return parsed.data;
}

function actionOf(text: string): AuditEvent["action"] {
  const parsed = actionSchema.safeParse(text);
  if (!parsed.success) throw new Error(`Column audit_events.action holds "${text}".`);
  return parsed.data;
}

export function auditRow(
  event: AuditEventInput,
  id: string,
  at: Date,
): Selectable<AuditEventsTable> {
  const hasChanges = event.changes !== undefined && Object.keys(event.changes).length > 0;
  return {
    id,
    at: at.getTime(),
    actor_id: event.actor.userId,
    actor_label: event.actor.label,
    action: event.action,
    subject_type: event.subject?.type ?? null,
    subject_id: event.subject?.id ?? null,
    changes: hasChanges ? JSON.stringify(event.changes) : null,
    detail: event.detail === undefined ? null : JSON.stringify(event.detail),
  };
}

export function auditEventOf(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: row.id,
    at: new Date(row.at),
    actor: { userId: row.actor_id, label: row.actor_label },
    action: actionOf(row.action),
    subject: row.subject_type === null ? undefined : { type: row.subject_type, id: row.subject_id },
    changes: changesOf(row.changes),
    detail: row.detail === null ? undefined : parseJsonObject(row.detail, "audit_events.detail"),
  };
}
