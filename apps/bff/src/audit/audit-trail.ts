import { randomUUID } from "node:crypto";
import type { AuditAction } from "@permit-desk/schema";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import { insertRow } from "../db/built-once.ts";
import type { Database } from "../db/database.ts";
import type { AuditEvent, AuditEventInput } from "./audit-event.ts";
import { auditEventOf, auditRow } from "./audit-row.ts";
import { countSignInFailure, type SignInFailure } from "./sign-in-failures.ts";

export type AuditQuery = {
  action?: AuditAction;
  actorId?: string;
  subject?: { type: string; id: string };
  /** The last event of the previous page: the next page starts after it. */
  after?: Pick<AuditEvent, "at" | "id">;
  limit?: number;
};

export type AuditTrail = {
  /** Records an event on its own; changes made in a transaction record theirs in it instead. */
  record(event: AuditEventInput): Promise<AuditEvent>;
  /**
   * Counts a failed sign-in in its address's event for the hour (see `sign-in-failures.ts`):
   * the one kind of event that changes, and only while its hour lasts.
   */
  countSignInFailure(failure: SignInFailure): Promise<void>;
  /** Newest first. There is no way to edit or delete an event. */
  list(query?: AuditQuery): Promise<AuditEvent[]>;
};

export type AuditOptions = { clock: Clock; newId?: () => string };

/** Writes one event with `db`, which may be a transaction so the event commits with its change. */
export async function writeAuditEvent(
  db: Kysely<Database>,
  event: AuditEventInput,
  options: AuditOptions,
): Promise<AuditEvent> {
  const row = auditRow(event, (options.newId ?? randomUUID)(), options.clock());
  await insertRow(db, "audit_events", row);
  return auditEventOf(row);
}

const DEFAULT_LIMIT = 100;

async function listEvents(db: Kysely<Database>, query: AuditQuery): Promise<AuditEvent[]> {
  let select = db.selectFrom("audit_events").selectAll();
  if (query.action !== undefined) select = select.where("action", "=", query.action);
  if (query.actorId !== undefined) select = select.where("actor_id", "=", query.actorId);
  if (query.subject !== undefined) {
    select = select
      .where("subject_type", "=", query.subject.type)
      .where("subject_id", "=", query.subject.id);
  }
  const { after } = query;
  if (after !== undefined) {
    const at = after.at.getTime();
    select = select.where((eb) =>
      eb.or([eb("at", "<", at), eb.and([eb("at", "=", at), eb("id", "<", after.id)])]),
    );
  }
  const rows = await select
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(query.limit ?? DEFAULT_LIMIT)
    .execute();
  return rows.map(auditEventOf);
}

export function createAuditTrail(db: Kysely<Database>, options: AuditOptions): AuditTrail {
  return {
    record: (event) => writeAuditEvent(db, event, options),
    countSignInFailure: (failure) => countSignInFailure(db, failure, options.clock),
    list: (query = {}) => listEvents(db, query),
  };
}
