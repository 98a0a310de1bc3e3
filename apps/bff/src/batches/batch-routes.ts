import { type Batch, mayRecordFindings } from "@permit-desk/schema";
import * as batchEndpoints from "@permit-desk/schema/endpoints/batches";
import { stringify } from "csv-stringify/sync";
import type { Context, MiddlewareHandler } from "hono";
import type { AppDeps } from "../app-deps.ts";
import { sendError } from "../http/api-error.ts";
import { routesOf } from "../http/endpoint-routes.ts";
import { activeZonesOf, type StaffEnv, staffOf } from "../http/staff.ts";
import { zoneNamesOf } from "../journal/to-api.ts";
import { asPlainCell } from "../permits/history-csv.ts";
import type { User } from "../users/user.ts";
import type { BatchResultRow, StoredBatch } from "./batch-store.ts";
import { checkRows, previewRows, refusedRowOf, rowNumbersAscend, toNewRow } from "./check-rows.ts";

/** Validators issue one permit at a time: lists and the day's figures are for managers and administrators. */
export const managersOnly: MiddlewareHandler<StaffEnv> = async (c, next) => {
  if (!mayRecordFindings(staffOf(c).user.role)) {
    return sendError(c, 403, "forbidden", { code: "managers_only" });
  }
  return next();
};

/**
 * A manager sees a batch whose every zone is theirs; an administrator every batch. A batch whose
 * every row was refused has no zone: it names plates of zones unknown, so only its author sees it.
 */
function mayHandle(user: User, batch: StoredBatch): boolean {
  if (user.role === "admin") return true;
  if (batch.zoneIds.length === 0) return batch.createdBy === user.id;
  return batch.zoneIds.every((id) => user.zones.some((zone) => zone.id === id));
}

export function batchRoutes(deps: AppDeps) {
  const { batches, zones, batchRunner } = deps;

  async function issueZonesOf(user: User) {
    const site = await zones.list();
    return { site, member: user.role === "admin" ? site : await activeZonesOf(user, zones) };
  }

  async function batchOf(c: Context<StaffEnv>, id: string) {
    const batch = await batches.get(id);
    return batch !== undefined && mayHandle(staffOf(c).user, batch) ? batch : undefined;
  }

  /** The batch as answers show it, with its counts and, while it runs, its rate and time left. */
  async function toApi(batch: StoredBatch): Promise<Batch> {
    const [counts, names] = await Promise.all([
      batches.counts(batch),
      zones.list({ all: true }).then(zoneNamesOf),
    ]);
    const settled =
      counts.issued +
      counts.unknown +
      counts.refused.reduce((total, refused) => total + refused.count, 0);
    const end = batch.finishedAt ?? deps.clock();
    const seconds =
      batch.startedAt === undefined ? 0 : (end.getTime() - batch.startedAt.getTime()) / 1000;
    const rate = seconds > 0 && settled > 0 ? settled / seconds : undefined;
    return {
      id: batch.id,
      state: batch.state,
      createdAt: batch.createdAt.toISOString(),
      createdBy: batch.actor,
      zones: batch.zoneIds.map((id) => names.get(id) ?? id),
      ...(batch.templateId !== undefined && { templateId: batch.templateId }),
      rows: batch.rowCount,
      refusedOnArrival: batch.rowCount - batch.sendableCount + counts.refusedByChecks,
      sent: settled + counts.pending,
      issued: counts.issued,
      refused: counts.refused.map(({ opscomErrorCode, count }) => ({
        ...(opscomErrorCode !== undefined && { opscomErrorCode }),
        count,
      })),
      unknown: counts.unknown,
      notSent: counts.notSent,
      waiting: counts.waiting,
      // A paused list has no rate nor time left: its pause is not time spent sending.
      ...(rate !== undefined &&
        batch.state !== "paused" && {
          ratePerSecond: Math.round(rate * 10) / 10,
          ...(batch.state === "running" && { secondsLeft: Math.ceil(counts.waiting / rate) }),
        }),
      ...(batch.startedAt !== undefined && { startedAt: batch.startedAt.toISOString() }),
      ...(batch.finishedAt !== undefined && { finishedAt: batch.finishedAt.toISOString() }),
    };
  }

  const guarded = <H>(handle: H) => ({ before: [managersOnly], handle });

  return routesOf(batchEndpoints, {
    previewBatch: guarded(async (c, { body }) => {
      if (!rowNumbersAscend(body.rows)) return rowNumbersRefused(c);
      const rows = await checkRows(
        body,
        deps.config,
        await issueZonesOf(staffOf(c).user),
        deps.clock(),
      );
      const zoneNames = zoneNamesOf(await zones.list({ all: true }));
      return c.json(await previewRows(rows, { batches, zoneNames }));
    }),
    createBatch: guarded(async (c, { body }) => {
      if (!rowNumbersAscend(body.rows)) return rowNumbersRefused(c);
      const { user } = staffOf(c);
      const rows = await checkRows(body, deps.config, await issueZonesOf(user), deps.clock());
      const zoneIds = [
        ...new Set(rows.flatMap((row) => (row.checked.ok ? [row.checked.zoneId] : []))),
      ];
      const batch = await batches.create({
        createdBy: user.id,
        actor: user.username,
        zoneIds,
        templateId: body.templateId,
        values: body.values ?? {},
        rows: rows.map(toNewRow),
      });
      return c.json(
        {
          ...(await toApi(batch)),
          refusedRows: rows.filter((row) => !row.checked.ok).map(refusedRowOf),
        },
        201,
      );
    }),
    listBatches: guarded(async (c) => {
      const { user } = staffOf(c);
      const found = await batches.list(user.role === "admin" ? {} : { createdBy: user.id });
      return c.json({
        batches: await Promise.all(
          found.filter((batch) => mayHandle(user, batch)).map((batch) => toApi(batch)),
        ),
      });
    }),
    getBatch: guarded(async (c, { params: { id } }) => {
      const batch = await batchOf(c, id);
      if (batch === undefined) return sendError(c, 404, "not_found", { code: "batch_not_found" });
      return c.json(await toApi(batch));
    }),
    changeBatchState: guarded(async (c, { params: { id }, body: { state } }) => {
      const batch = await batchOf(c, id);
      if (batch === undefined) return sendError(c, 404, "not_found", { code: "batch_not_found" });
      const changed =
        state === "running"
          ? await batches.setState(id, "running", ["ready", "paused"])
          : await batches.setState(id, "paused", ["ready", "running"]);
      if (!changed) {
        return sendError(c, 409, "conflict", { code: "batch_state_unchanged", params: { state } });
      }
      if (state === "running") batchRunner.resume(id);
      else batchRunner.pause(id);
      deps.logger.info(
        { event: `batch.${state}`, batchId: id, actor: staffOf(c).user.username },
        `list ${state}`,
      );
      const now = await batches.get(id);
      return c.json(await toApi(now ?? batch));
    }),
    exportBatchResult: guarded(async (c, { params: { id } }) => {
      const batch = await batchOf(c, id);
      if (batch === undefined) return sendError(c, 404, "not_found", { code: "batch_not_found" });
      const rows = await batches.result(batch);
      const csv = stringify(
        rows.map((row) => [
          row.position,
          // A refused row keeps the plate as typed: a spreadsheet must not run it as a formula.
          asPlainCell(row.plate),
          row.outcome,
          row.referenceId ?? "",
          reasonOf(row),
          row.journalId ?? "",
        ]),
        {
          header: true,
          columns: ["row", "plate", "outcome", "reference_id", "reason", "journal_id"],
        },
      );
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="list-${batch.id}.csv"`);
      return c.body(csv);
    }),
  });
}

/** Rows numbered out of order: invalid input, as only a broken client sends them. */
const rowNumbersRefused = (c: Context) =>
  sendError(c, 422, "validation", { code: "invalid_input" });

/**
 * Why a row of the result has no reference: OPSCOM's refusal, the checks' codes, or an answer
 * OPSCOM never gave (`opscom_unconfirmed`: it may hold the permit, listed for a finding) or a
 * call that never reached it (`opscom_not_reached`). Issued and waiting rows have none.
 */
function reasonOf(row: BatchResultRow): string {
  switch (row.outcome) {
    case "rejected":
      return `opscom_${row.opscomErrorCode ?? "refused"}`;
    case "unknown":
      return "opscom_unconfirmed";
    case "not_sent":
      return "opscom_not_reached";
    default:
      return row.problems.join(" ");
  }
}
