import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { BatchState, FieldErrors, PermitDraft } from "@permit-desk/schema";
import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Clock } from "../clock.ts";
import type { BatchesTable, BatchRowsTable, Database, DatabaseDialect } from "../db/database.ts";
import { mayExistInOpscom } from "../journal/journal-reads.ts";
import { leaseNow } from "../ownership/ownership.ts";

/** A row as it arrived: checked and ready to send, or refused with its problems. */
export type NewBatchRow =
  | { position: number; plate: string; draft: PermitDraft; zoneId: string }
  | { position: number; plate: string; problems: FieldErrors };

export type StoredBatch = {
  id: string;
  createdAt: Date;
  createdBy: string;
  actor: string;
  zoneIds: string[];
  templateId: string | undefined;
  state: BatchState;
  ownerInstanceId: string | undefined;
  rowCount: number;
  sendableCount: number;
  startedAt: Date | undefined;
  finishedAt: Date | undefined;
};

/** A row to send: its checked draft and its own key. */
export type SendableRow = {
  position: number;
  draft: PermitDraft;
  zoneId: string;
  idempotencyKey: string;
};

/** What a batch's rows have become so far, from the journal entries under their keys. */
export type BatchCounts = {
  refusedByChecks: number;
  issued: number;
  pending: number;
  unknown: number;
  refused: Array<{ opscomErrorCode: number | undefined; count: number }>;
  notSent: number;
  waiting: number;
};

/** One row of the result: what it became, and the journal entry that says so. */
export type BatchResultRow = {
  position: number;
  plate: string;
  outcome: "issued" | "rejected" | "unknown" | "pending" | "not_sent" | "refused" | "waiting";
  referenceId: string | undefined;
  opscomErrorCode: number | undefined;
  problems: string[];
  journalId: string | undefined;
};

/** Rows are inserted this many at a time: SQLite takes at most 32,766 bound values. */
const INSERT_CHUNK = 500;

/** A row's key: unique to the batch and the row, so that no other request can hold it. */
export function rowKey(batchId: string, position: number): string {
  return `batch-${batchId}-${position}`;
}

function toBatch(row: BatchesTable): StoredBatch {
  return {
    id: row.id,
    createdAt: new Date(Number(row.created_at)),
    createdBy: row.created_by,
    actor: row.actor,
    zoneIds: JSON.parse(row.zone_ids) as string[],
    templateId: row.template_id ?? undefined,
    state: row.state,
    ownerInstanceId: row.owner_instance_id ?? undefined,
    rowCount: Number(row.row_count),
    sendableCount: Number(row.sendable_count),
    startedAt: row.started_at === null ? undefined : new Date(Number(row.started_at)),
    finishedAt: row.finished_at === null ? undefined : new Date(Number(row.finished_at)),
  };
}

/**
 * Lists issued on the server (decision 029). A row's outcome is never written here: it is the
 * journal entry under the row's key, written by the one write pipeline (decision 018), so a
 * row is sent (or not) in exactly the commits a form's permit is.
 */
export function createBatches(
  db: Kysely<Database>,
  options: { clock: Clock; dialect: DatabaseDialect; instanceId: string },
) {
  const { clock, dialect, instanceId } = options;

  /**
   * The entries journalled for a batch's rows, joined by the row's key: read row by row, each
   * row's entries found by the author and key. A cross join keeps SQLite to that order whatever
   * its statistics say: taken at the server's start, before the manager had journalled anything,
   * they had it read each of the author's entries against every row of the list, and the counts
   * of a 10,000-row list (every answer about it, its creation's too) held the server for seconds.
   */
  const entriesOf = (batch: Pick<StoredBatch, "id" | "actor">) =>
    db
      .selectFrom("batch_rows as r")
      .crossJoin("journal_entries as e")
      .whereRef("e.idempotency_key", "=", "r.idempotency_key")
      .where("e.actor", "=", batch.actor)
      .where("r.batch_id", "=", batch.id);

  /**
   * Whether the batch's author journalled an entry under the row's (`r`) key that reached OPSCOM
   * or may have (`sent`), or one that was not sent (`not_sent`).
   */
  const journalledUnderRowKey = (
    eb: ExpressionBuilder<Database & { r: BatchRowsTable }, "r">,
    actor: string,
    kind: "sent" | "not_sent",
  ) =>
    eb.exists(
      eb
        .selectFrom("journal_entries as e")
        .select("e.id")
        .whereRef("e.idempotency_key", "=", "r.idempotency_key")
        .where("e.actor", "=", actor)
        .where("e.state", kind === "sent" ? "!=" : "=", "not_sent"),
    );

  return {
    async create(batch: {
      createdBy: string;
      actor: string;
      zoneIds: string[];
      templateId: string | undefined;
      values: Record<string, string | undefined>;
      rows: NewBatchRow[];
    }): Promise<StoredBatch> {
      const id = randomUUID();
      const now = clock().getTime();
      const sendable = batch.rows.filter((row) => "draft" in row).length;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("batches")
          .values({
            id,
            created_at: now,
            created_by: batch.createdBy,
            actor: batch.actor,
            zone_ids: JSON.stringify(batch.zoneIds),
            template_id: batch.templateId ?? null,
            list_values: JSON.stringify(batch.values),
            state: "ready",
            owner_instance_id: null,
            row_count: batch.rows.length,
            sendable_count: sendable,
            started_at: null,
            finished_at: null,
            updated_at: now,
          })
          .execute();
        for (let start = 0; start < batch.rows.length; start += INSERT_CHUNK) {
          await trx
            .insertInto("batch_rows")
            .values(
              batch.rows.slice(start, start + INSERT_CHUNK).map((row) => ({
                batch_id: id,
                position: row.position,
                plate: row.plate,
                ...("draft" in row
                  ? {
                      draft: JSON.stringify(row.draft),
                      zone_id: row.zoneId,
                      problems: null,
                      idempotency_key: rowKey(id, row.position),
                    }
                  : {
                      draft: null,
                      zone_id: null,
                      problems: JSON.stringify(row.problems),
                      idempotency_key: null,
                    }),
              })),
            )
            .execute();
        }
      });
      const created = await this.get(id);
      if (created === undefined) throw new Error("The batch just stored is gone.");
      return created;
    },

    async get(id: string): Promise<StoredBatch | undefined> {
      const row = await db
        .selectFrom("batches")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      return row === undefined ? undefined : toBatch(row);
    },

    /** The latest batches, newest first; `createdBy` narrows them to one member's. */
    async list(filter: { createdBy?: string }, limit = 50): Promise<StoredBatch[]> {
      let query = db.selectFrom("batches").selectAll();
      if (filter.createdBy !== undefined) query = query.where("created_by", "=", filter.createdBy);
      const rows = await query
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      return rows.map(toBatch);
    },

    /**
     * Moves a batch to `to` if it is in one of `from`; false otherwise. Starting or resuming
     * leaves the batch to whichever server claims it first (`claimRunnable`).
     */
    async setState(id: string, to: BatchState, from: readonly BatchState[]): Promise<boolean> {
      const now = clock().getTime();
      const result = await db
        .updateTable("batches")
        .set({
          state: to,
          updated_at: now,
          ...(to === "running" && {
            started_at: sql<number>`coalesce(started_at, ${now})`,
            owner_instance_id: null,
          }),
          ...(to === "done" && { finished_at: now }),
        })
        .where("id", "=", id)
        .where("state", "in", from)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /**
     * Takes every running batch no live server sends: without an owner, this process's own, or
     * one whose owner's lease has lapsed or is gone (decision 013). Returns those it now owns.
     */
    async claimRunnable(): Promise<StoredBatch[]> {
      const now = leaseNow(dialect, clock);
      await db
        .updateTable("batches")
        .set({ owner_instance_id: instanceId })
        .where("state", "=", "running")
        .where((eb) =>
          eb.or([
            eb("owner_instance_id", "is", null),
            eb.not(
              eb.exists(
                eb
                  .selectFrom("instance_leases")
                  .select("instance_leases.instance_id")
                  .whereRef("instance_leases.instance_id", "=", "batches.owner_instance_id")
                  .where("instance_leases.expires_at", ">", now),
              ),
            ),
          ]),
        )
        .execute();
      const rows = await db
        .selectFrom("batches")
        .selectAll()
        .where("state", "=", "running")
        .where("owner_instance_id", "=", instanceId)
        .orderBy("created_at")
        .execute();
      return rows.map(toBatch);
    },

    /**
     * The next rows to send after `afterPosition`, in order: checked, and with no entry under
     * their key but those OPSCOM never received (`not_sent`, which may be sent again).
     */
    async nextRows(
      batch: Pick<StoredBatch, "id" | "actor">,
      afterPosition: number,
      limit: number,
    ): Promise<SendableRow[]> {
      const rows = await db
        .selectFrom("batch_rows as r")
        .select(["r.position", "r.draft", "r.zone_id", "r.idempotency_key"])
        .where("r.batch_id", "=", batch.id)
        .where("r.position", ">", afterPosition)
        .where("r.draft", "is not", null)
        .where("r.problems", "is", null)
        .where((eb) => eb.not(journalledUnderRowKey(eb, batch.actor, "sent")))
        .orderBy("r.position")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        position: Number(row.position),
        draft: JSON.parse(row.draft ?? "null") as PermitDraft,
        zoneId: row.zone_id ?? "",
        idempotencyKey: row.idempotency_key ?? "",
      }));
    },

    /**
     * Permits that may exist in OPSCOM (as the plate checks count them) for any of these plates
     * in any of these zones, valid at some time between `from` and `until`.
     */
    async activeFor(
      plates: string[],
      zoneIds: string[],
      from: number,
      until: number,
    ): Promise<Array<{ plate: string; zoneId: string; validFrom: number; validUntil: number }>> {
      const found: Array<{ plate: string; zoneId: string; validFrom: number; validUntil: number }> =
        [];
      if (zoneIds.length === 0) return found;
      for (let start = 0; start < plates.length; start += INSERT_CHUNK) {
        // SQLite answers on this thread: other requests are answered between two chunks.
        if (start > 0) await nextTurn();
        const rows = await db
          .selectFrom("journal_entries")
          .select(["current_plate", "current_zone_id", "current_valid_from", "current_valid_until"])
          .where("current_plate", "in", plates.slice(start, start + INSERT_CHUNK))
          .where("current_zone_id", "in", zoneIds)
          .where("current_valid_until", ">", from)
          .where("current_valid_from", "<", until)
          .where("voided_at", "is", null)
          .where(mayExistInOpscom)
          .execute();
        for (const row of rows) {
          found.push({
            plate: row.current_plate,
            zoneId: row.current_zone_id,
            validFrom: Number(row.current_valid_from),
            validUntil: Number(row.current_valid_until),
          });
        }
      }
      return found;
    },

    /** A row the checks refused just before it was sent (its validity had become too early…). */
    async refuseRow(batchId: string, position: number, problems: FieldErrors): Promise<void> {
      await db
        .updateTable("batch_rows")
        .set({ problems: JSON.stringify(problems) })
        .where("batch_id", "=", batchId)
        .where("position", "=", position)
        .execute();
    },

    async counts(batch: Pick<StoredBatch, "id" | "actor" | "sendableCount">): Promise<BatchCounts> {
      const [byState, notSent, refusedByChecks] = await Promise.all([
        entriesOf(batch)
          .where("e.state", "!=", "not_sent")
          .select(["e.state", "e.opscom_error_code", (eb) => eb.fn.countAll<number>().as("count")])
          .groupBy(["e.state", "e.opscom_error_code"])
          .execute(),
        db
          .selectFrom("batch_rows as r")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("r.batch_id", "=", batch.id)
          .where((eb) =>
            eb.and([
              journalledUnderRowKey(eb, batch.actor, "not_sent"),
              eb.not(journalledUnderRowKey(eb, batch.actor, "sent")),
            ]),
          )
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("batch_rows")
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .where("batch_id", "=", batch.id)
          .where("draft", "is not", null)
          .where("problems", "is not", null)
          .executeTakeFirstOrThrow(),
      ]);
      const sum = (state: string) =>
        byState
          .filter((row) => row.state === state)
          .reduce((total, row) => total + Number(row.count), 0);
      const handled = byState.reduce((total, row) => total + Number(row.count), 0);
      return {
        refusedByChecks: Number(refusedByChecks.count),
        issued: sum("issued"),
        pending: sum("pending"),
        unknown: sum("unknown"),
        refused: byState
          .filter((row) => row.state === "rejected")
          .map((row) => ({
            opscomErrorCode:
              row.opscom_error_code === null ? undefined : Number(row.opscom_error_code),
            count: Number(row.count),
          })),
        notSent: Number(notSent.count),
        waiting: Math.max(
          batch.sendableCount - handled - Number(notSent.count) - Number(refusedByChecks.count),
          0,
        ),
      };
    },

    /** Every row in order with what it became: the entry under its key that OPSCOM saw, if any. */
    async result(batch: Pick<StoredBatch, "id" | "actor">): Promise<BatchResultRow[]> {
      const rows = await db
        .selectFrom("batch_rows as r")
        .leftJoin("journal_entries as e", (join) =>
          join.onRef("e.idempotency_key", "=", "r.idempotency_key").on("e.actor", "=", batch.actor),
        )
        .select([
          "r.position",
          "r.plate",
          "r.problems",
          "e.id",
          "e.state",
          "e.reference_id",
          "e.opscom_error_code",
        ])
        .where("r.batch_id", "=", batch.id)
        .orderBy("r.position")
        .execute();
      const byPosition = new Map<number, BatchResultRow>();
      for (const row of rows) {
        const position = Number(row.position);
        const earlier = byPosition.get(position);
        // A row sent again after OPSCOM could not be reached has a later entry that says more.
        if (earlier !== undefined && (row.state === null || row.state === "not_sent")) continue;
        const problems =
          row.problems === null
            ? []
            : Object.values(JSON.parse(row.problems) as FieldErrors).flatMap((found) =>
                found.map((problem) => problem.code),
              );
        byPosition.set(position, {
          position,
          plate: row.plate,
          outcome: problems.length > 0 ? "refused" : row.state === null ? "waiting" : row.state,
          referenceId: row.reference_id ?? undefined,
          opscomErrorCode:
            row.opscom_error_code === null ? undefined : Number(row.opscom_error_code),
          problems,
          journalId: row.id ?? undefined,
        });
      }
      return [...byPosition.values()];
    },
  };
}

export type Batches = ReturnType<typeof createBatches>;
