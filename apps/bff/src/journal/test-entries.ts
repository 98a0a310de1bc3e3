import { randomUUID } from "node:crypto";
import {
  draftToWire,
  outcomeDetail,
  type PermitDraftInput,
  permitDraftSchema,
} from "@permit-desk/schema";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import type { OpscomOutcome } from "../opscom/outcome.ts";
import { createJournal } from "./journal.ts";
import type { PendingEntry } from "./journal-entry.ts";
import { getEntry, rowUnderKey } from "./journal-reads.ts";
import { insertPending, recordOutcome } from "./journal-writes.ts";

type EntryOverrides = Partial<PermitDraftInput> & {
  actor?: string;
  idempotencyKey?: string;
  zoneId?: string;
};

/** The id a test zone has in `pendingEntry` unless given: made from its name. */
export const testZoneId = (name: string) => `zone-${name.toLowerCase().replaceAll(" ", "-")}`;

/** A pending entry as the permit route would write it, with the draft through the real schema. */
export function pendingEntry(overrides: EntryOverrides = {}): PendingEntry {
  const { actor = "127.0.0.1", idempotencyKey, zoneId, ...draftOverrides } = overrides;
  const draft = permitDraftSchema.parse({
    plate: "PL8 RDR",
    zone: "Lot 4",
    validFrom: "2026-03-02T09:00:00-05:00",
    validUntil: "2026-03-02T17:00:00-05:00",
    ...draftOverrides,
  });
  const { apiToken: _token, ...sentBody } = draftToWire(draft, {
    apiToken: "not-stored",
    timeBasis: "utc",
    siteTimeZone: "America/Toronto",
    defaultCurrency: "CAD",
  });
  return {
    actor,
    draft,
    zoneId: zoneId ?? testZoneId(draft.zone),
    sentBody,
    ...(idempotencyKey !== undefined && { idempotencyKey }),
  };
}

export const issued = (referenceId: string): OpscomOutcome => ({
  kind: "issued",
  referenceId,
  httpStatus: 200,
  rawAnswer: `{"status":"success","reference_id":"${referenceId}"}`,
  durationMs: 180,
});

export const rejected: OpscomOutcome = {
  kind: "rejected",
  errorCode: 9006,
  errorMessage: "Licence plate is required.",
  httpStatus: 400,
  rawAnswer: '{"ErrorCode":9006,"ErrorMessage":"Licence plate is required."}',
  durationMs: 95,
};

type UnknownOutcome = Extract<OpscomOutcome, { kind: "unknown" }>;

export const timedOut: UnknownOutcome = {
  kind: "unknown",
  reason: "timeout",
  detail: outcomeDetail("no_answer_in_time", { timeoutMs: 10_000 }),
  httpStatus: undefined,
  rawAnswer: undefined,
  durationMs: 10_000,
};

export const notSent: OpscomOutcome = {
  kind: "not_sent",
  detail: outcomeDetail("connection_not_made", { error: "ECONNREFUSED", attempts: 3 }),
  attempts: 3,
  durationMs: 420,
};

/**
 * The journal with the writes tests make directly, outside the write pipeline: a pending entry
 * (committed before it resolves), its outcome, and the entry under an idempotency key.
 */
export function testJournal(
  db: Kysely<Database>,
  options: { clock: Clock; newId?: () => string; owner?: string },
) {
  const newId = options.newId ?? randomUUID;
  return {
    ...createJournal(db, options),
    insertPending: (entry: PendingEntry) =>
      insertPending(db, entry, newId(), options.clock(), options.owner ?? null),
    recordOutcome: (id: string, outcome: OpscomOutcome) =>
      recordOutcome(db, id, { table: "journal_entries", outcome }, options.clock()),
    async byIdempotencyKey(actor: string, key: string) {
      const row = await rowUnderKey(db, "journal_entries", actor, key);
      return row === undefined ? undefined : getEntry(db, row.id);
    },
  };
}
export type TestJournal = ReturnType<typeof testJournal>;
