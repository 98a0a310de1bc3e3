import { mayRecordFindings } from "@permit-desk/schema";
import pLimit from "p-limit";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import { fingerprintOf } from "../idempotency/fingerprint.ts";
import type { Logger } from "../logger.ts";
import { type IssueDeps, issuePermit } from "../permits/issue-permit.ts";
import { checkDraft } from "../permits/submit-permit.ts";
import type { Users } from "../users/users.ts";
import type { Zone } from "../zones/zone.ts";
import type { Zones } from "../zones/zones.ts";
import type { Batches, SendableRow, StoredBatch } from "./batch-store.ts";
import { refusalOf } from "./check-rows.ts";

export type BatchRunnerDeps = IssueDeps & {
  batches: Batches;
  zones: Zones;
  users: Users;
  config: Config;
  clock: Clock;
  logger: Logger;
};

export type BatchRunner = {
  /** Looks for running batches no live server sends, and sends their rows; returns at once. */
  kick(): void;
  /** Stops taking rows of this batch; those already being sent finish. */
  pause(batchId: string): void;
  /** Takes its rows again (once the batch is `running` in the database). */
  resume(batchId: string): void;
  /** Takes no more rows, and resolves once every row being sent has its outcome journalled. */
  stop(): Promise<void>;
  /** Resolves once no batch is being sent by this process (for tests). */
  idle(): Promise<void>;
};

/**
 * How long a server sends a batch's rows on what it last read of the batch: a pause or a resume
 * made on another server stops it at the first row taken after this long.
 */
export const BATCH_STATE_CHECK_MS = 200;

/**
 * Sends the rows of running batches, each through the one write pipeline (`issuePermit`,
 * decision 018) under the row's own key, so a row reaches OPSCOM at most once whatever stops
 * meanwhile: a row whose key is held is never sent again. At most `OPSCOM_MAX_CONCURRENCY` rows
 * are with OPSCOM at once, for all batches of this process together (decision 029).
 */
export function createBatchRunner(deps: BatchRunnerDeps): BatchRunner {
  const limit = pLimit(deps.config.opscom.maxConcurrency);
  const chunk = Math.max(deps.config.opscom.maxConcurrency * 16, 64);
  const paused = new Set<string>();
  let stopping = false;
  let pass: Promise<void> | undefined;
  let again = false;

  /**
   * The zones the list's author may issue in now, as a request of theirs would find them: none
   * once their account is disabled or gone, or no longer a manager's; every zone for an admin.
   */
  async function authorZonesOf(batch: StoredBatch, siteZones: Zone[]): Promise<Zone[]> {
    const author = await deps.users.get(batch.createdBy);
    if (author === undefined || author.disabled || !mayRecordFindings(author.role)) return [];
    if (author.role === "admin") return siteZones;
    return siteZones.filter((zone) => author.zones.some((own) => own.id === zone.id));
  }

  async function sendRow(
    batch: StoredBatch,
    row: SendableRow,
    zones: { site: Zone[]; member: Zone[] },
    stillOurs: () => Promise<boolean>,
  ) {
    if (stopping || paused.has(batch.id) || !(await stillOurs())) return "skipped" as const;
    // Checked again as it is sent, as the form's permit is: a zone may have closed, its author
    // may have lost it or been disabled, or a start may have become too early while it waited.
    const checked = checkDraft(row.draft, deps.config, zones, deps.clock());
    if (!checked.ok) {
      const refused = refusalOf(checked.answer, row.draft.zone);
      await deps.batches.refuseRow(
        batch.id,
        row.position,
        "fieldErrors" in refused ? refused.fieldErrors : { zone: [refused.refusal] },
      );
      return "refused" as const;
    }
    const result = await issuePermit(
      checked.draft,
      checked.zoneId,
      {
        actor: batch.actor,
        auditActor: { userId: batch.createdBy, label: batch.actor },
        claim: {
          scope: batch.createdBy,
          key: row.idempotencyKey,
          fingerprint: fingerprintOf(row.draft),
        },
      },
      deps,
    );
    // OPSCOM could not be reached: nothing was sent, and the rest would fare no better.
    if (result.kind === "answered" && result.status === 502) {
      const body = result.body as { error?: { code?: string } };
      if (body.error?.code === "opscom_unreachable") {
        // The rows queued behind it are not tried: the batch pauses (below).
        paused.add(batch.id);
        return "unreachable" as const;
      }
    }
    return "sent" as const;
  }

  async function run(batch: StoredBatch): Promise<void> {
    let after = 0;
    // The database says it runs: a pause this process heard of before is over.
    paused.delete(batch.id);
    deps.logger.info({ event: "batch.sending", batchId: batch.id }, "sending a list's rows");
    /** Whether the database still says this server sends it: read again once it is stale. */
    const isOurs = (current: StoredBatch | undefined) =>
      current?.state === "running" && current.ownerInstanceId === batch.ownerInstanceId;
    let readAt = 0;
    let ours = true;
    let reading: Promise<boolean> | undefined;
    const stillOurs = async () => {
      if (!ours || deps.clock().getTime() - readAt < BATCH_STATE_CHECK_MS) return ours;
      reading ??= deps.batches
        .get(batch.id)
        .then((current) => {
          readAt = deps.clock().getTime();
          ours = isOurs(current);
          return ours;
        })
        .finally(() => {
          reading = undefined;
        });
      return reading;
    };
    for (;;) {
      if (stopping || paused.has(batch.id)) return;
      const current = await deps.batches.get(batch.id);
      if (!isOurs(current)) return;
      readAt = deps.clock().getTime();
      const rows = await deps.batches.nextRows(batch, after, chunk);
      if (rows.length === 0) {
        if (await deps.batches.setState(batch.id, "done", ["running"])) {
          deps.logger.info({ event: "batch.done", batchId: batch.id }, "a list is sent");
        }
        return;
      }
      const site = await deps.zones.list();
      const zones = { site, member: await authorZonesOf(batch, site) };
      const outcomes = await Promise.all(
        rows.map((row) => limit(() => sendRow(batch, row, zones, stillOurs))),
      );
      if (outcomes.includes("unreachable")) {
        await deps.batches.setState(batch.id, "paused", ["running"]);
        deps.logger.warn(
          { event: "batch.paused", batchId: batch.id },
          "a list is paused: OPSCOM could not be reached",
        );
        return;
      }
      // Rows left unsent (pausing, stopping) wait for the next run, which starts from them.
      if (outcomes.includes("skipped")) return;
      after = rows.at(-1)?.position ?? after;
    }
  }

  async function runAll(): Promise<void> {
    do {
      again = false;
      const batches = await deps.batches.claimRunnable();
      await Promise.all(
        batches.map((batch) =>
          run(batch).catch((error: unknown) =>
            deps.logger.error(
              { event: "batch.failed", err: error, batchId: batch.id },
              "sending a list failed",
            ),
          ),
        ),
      );
    } while (again && !stopping);
  }

  return {
    kick() {
      if (stopping) return;
      if (pass !== undefined) {
        again = true;
        return;
      }
      pass = runAll()
        .catch((error: unknown) =>
          deps.logger.error({ event: "batch.failed", err: error }, "sending lists failed"),
        )
        .finally(() => {
          pass = undefined;
        });
    },
    pause(batchId) {
      paused.add(batchId);
    },
    resume(batchId) {
      paused.delete(batchId);
      this.kick();
    },
    async stop() {
      stopping = true;
      await pass;
    },
    async idle() {
      await pass;
    },
  };
}
