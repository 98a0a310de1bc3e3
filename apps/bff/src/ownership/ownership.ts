import { hostname } from "node:os";
import { outcomeDetail } from "@permit-desk/schema";
import { type Expression, type Kysely, sql } from "kysely";
import type { Clock } from "../clock.ts";
import type { Database, DatabaseDialect } from "../db/database.ts";

export const INTERRUPTED_DETAIL = outcomeDetail("interrupted_before_recording");

/**
 * Rows from before leases (no owner) were sent by a version that recovered by age with at most
 * OPSCOM_TIMEOUT_MS's ceiling (120 s): past this age none of them can still be awaited.
 */
export const OWNERLESS_GRACE_MS = 10 * 60_000;

/** Beyond OPSCOM's deadline, the time a request of our own may take to commit its outcome. */
const OWN_GRACE_MS = 30_000;

/** A killed server's lapsed lease is kept this long, for an operator to see, then deleted. */
export const LAPSED_LEASE_RETENTION_MS = 24 * 60 * 60_000;

/** The tables whose pending rows an owner keeps: permits' creates and their changes. */
const OWNED_JOURNALS = ["journal_entries", "journal_changes"] as const;

/** The columns that make a pending row this instance's, written in the commit that journals it. */
export function ownedBy(owner: string | null) {
  return { owner_instance_id: owner, recovered_at: null };
}

export type OwnershipOptions = {
  dialect: DatabaseDialect;
  clock: Clock;
  /** This process's id: one per start, never reused. */
  instanceId: string;
  /** How long a lease lasts without renewal. */
  leaseMs: number;
  /** This instance's OPSCOM deadline: past it (and a grace), its own pending rows are orphans. */
  opscomTimeoutMs: number;
  /** Shown in the lease row; host and process id by default. */
  label?: string;
};

type LeaseRenewal = "renewed" | "lapsed";

/**
 * Which server process awaits OPSCOM's answer for each pending permit and change, and who may
 * therefore call one interrupted (decision 013). Each process holds a lease, renewed while it
 * runs; a pending row is an orphan only when its owner's lease has lapsed or does not exist, or
 * it is this process's own and older than its own deadline. Expiry is judged by PostgreSQL's
 * clock there, and by the process's clock on SQLite, where one process serves a file.
 */
export type Ownership = {
  readonly instanceId: string;
  /** Takes the lease. With `onlyProcess` (SQLite), leases left by earlier starts are dropped. */
  register(options?: { onlyProcess?: boolean }): Promise<void>;
  /**
   * Extends the lease. `lapsed` when it had expired or was gone (the process was paused, the
   * database unreachable): other instances may have recovered its rows meanwhile; it is taken
   * again, so that this process's requests still in flight stay its own from now on.
   */
  renew(): Promise<LeaseRenewal>;
  /** Gives the lease up on a clean stop: whatever it still owns is an orphan at once. */
  release(): Promise<void>;
  /**
   * Marks orphaned pending permits and changes `unknown` (interrupted). Rows without an owner
   * (written before leases) count once older than `ownerlessBefore`, by default
   * `OWNERLESS_GRACE_MS` ago by the database's clock. Returns how many it marked.
   */
  recoverOrphans(options?: { ownerlessBefore?: Date }): Promise<number>;
  /** Deletes leases lapsed longer than `LAPSED_LEASE_RETENTION_MS`; returns how many. */
  pruneLeases(): Promise<number>;
};

/** Now, in epoch milliseconds, as the lease table is judged: PostgreSQL's clock, or the process's. */
export function leaseNow(dialect: DatabaseDialect, clock: Clock): Expression<number> {
  return dialect === "postgres"
    ? sql<number>`(extract(epoch from now()) * 1000)::bigint`
    : sql<number>`${clock().getTime()}`;
}

export function createOwnership(db: Kysely<Database>, options: OwnershipOptions): Ownership {
  const { dialect, clock, instanceId, leaseMs } = options;
  const label = options.label ?? `${hostname()} pid ${process.pid}`;
  const now = () => leaseNow(dialect, clock);

  async function take(): Promise<void> {
    const at = now();
    const expires = sql<number>`${at} + ${leaseMs}`;
    await db
      .insertInto("instance_leases")
      .values({
        instance_id: instanceId,
        label,
        started_at: at,
        renewed_at: at,
        expires_at: expires,
      })
      .onConflict((conflict) =>
        conflict.column("instance_id").doUpdateSet({ renewed_at: at, expires_at: expires }),
      )
      .execute();
  }

  async function recoverIn(
    table: (typeof OWNED_JOURNALS)[number],
    ownerlessBefore: Date | undefined,
  ): Promise<number> {
    const recoveredAt = clock().getTime();
    const ownBefore = recoveredAt - options.opscomTimeoutMs - OWN_GRACE_MS;
    const ownerlessCutOff =
      ownerlessBefore === undefined
        ? sql<number>`${now()} - ${OWNERLESS_GRACE_MS}`
        : sql<number>`${ownerlessBefore.getTime()}`;
    const result = await db
      .updateTable(table)
      .set({
        state: "unknown",
        outcome_reason: "interrupted",
        outcome_detail_json: JSON.stringify(INTERRUPTED_DETAIL),
        completed_at: recoveredAt,
        recovered_at: recoveredAt,
      })
      .where("state", "=", "pending")
      .where((eb) =>
        eb.or([
          eb.and([
            eb("owner_instance_id", "is not", null),
            eb("owner_instance_id", "!=", instanceId),
            eb.not(
              eb.exists(
                eb
                  .selectFrom("instance_leases")
                  .select("instance_leases.instance_id")
                  .whereRef("instance_leases.instance_id", "=", `${table}.owner_instance_id`)
                  .where("instance_leases.expires_at", ">", now()),
              ),
            ),
          ]),
          // Our own, once past our own deadline: its outcome could not be committed.
          eb.and([eb("owner_instance_id", "=", instanceId), eb("created_at", "<", ownBefore)]),
          eb.and([eb("owner_instance_id", "is", null), eb("created_at", "<", ownerlessCutOff)]),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  return {
    instanceId,

    async register(registration = {}) {
      if (registration.onlyProcess) {
        await db.deleteFrom("instance_leases").where("instance_id", "!=", instanceId).execute();
      }
      await take();
    },

    async renew() {
      const at = now();
      const renewed = await db
        .updateTable("instance_leases")
        .set({ renewed_at: at, expires_at: sql<number>`${at} + ${leaseMs}` })
        .where("instance_id", "=", instanceId)
        .where("expires_at", ">", at)
        .executeTakeFirst();
      if (renewed.numUpdatedRows > 0n) return "renewed";
      await take();
      return "lapsed";
    },

    async release() {
      await db.deleteFrom("instance_leases").where("instance_id", "=", instanceId).execute();
    },

    async pruneLeases() {
      const result = await db
        .deleteFrom("instance_leases")
        .where("expires_at", "<", sql<number>`${now()} - ${LAPSED_LEASE_RETENTION_MS}`)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async recoverOrphans(recovery = {}) {
      let recovered = 0;
      for (const table of OWNED_JOURNALS) {
        recovered += await recoverIn(table, recovery.ownerlessBefore);
      }
      return recovered;
    },
  };
}
