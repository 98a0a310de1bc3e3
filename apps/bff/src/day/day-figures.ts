import { type ExpressionBuilder, type Kysely, sql } from "kysely";
import type { Database, DatabaseDialect } from "../db/database.ts";

const HOUR_MS = 3_600_000;

/** Which permits a member counts: all, or those issued in or moved into these zones. */
export type DayScope = { zoneIds?: readonly string[] };

export type DayCounts = {
  /** Permits issued, by hour since the day's start (0, 1, … 22, 23 or 24 on a clock change). */
  byHour: Array<{ hour: number; issued: number }>;
  byZone: Array<{ zoneId: string; issued: number }>;
  byMember: Array<{ actor: string; issued: number }>;
  /** Cents, by currency. */
  amounts: Array<{ currency: string; cents: number }>;
  refused: Array<{ opscomErrorCode: number | undefined; count: number }>;
  awaitingFinding: number;
};

function inScope(scope: DayScope) {
  return (eb: ExpressionBuilder<Database, "journal_entries">) =>
    scope.zoneIds === undefined
      ? eb.lit(true)
      : scope.zoneIds.length === 0
        ? eb.lit(false)
        : eb.or([eb("zone_id", "in", scope.zoneIds), eb("current_zone_id", "in", scope.zoneIds)]);
}

/**
 * A day's figures, each counted by the database (one grouped query apiece) on either dialect.
 * The hours are elapsed hours since the day's first instant, so a day with a clock change has
 * 23 or 25 of them, each labelled by the caller with its site time.
 */
export function createDayFigures(db: Kysely<Database>, dialect: DatabaseDialect) {
  /** Two-decimal text to whole cents, summed by the database. */
  const cents =
    dialect === "postgres"
      ? sql<string>`sum(round(cast(amount as numeric) * 100))`
      : sql<string>`sum(cast(round(cast(amount as real) * 100) as integer))`;

  return {
    async count(start: number, end: number, scope: DayScope): Promise<DayCounts> {
      const day = db
        .selectFrom("journal_entries")
        .where("created_at", ">=", start)
        .where("created_at", "<", end)
        .where(inScope(scope));
      const issued = day.where("state", "=", "issued");
      // Whole hours: SQLite takes a bound number as a real, so the division is cast to be whole.
      const hour = sql<number>`cast((created_at - ${start}) / ${HOUR_MS} as integer)`;
      const [byHour, byZone, byMember, amounts, refused, awaiting] = await Promise.all([
        issued
          .select([hour.as("hour"), (eb) => eb.fn.countAll<string>().as("count")])
          // By position: PostgreSQL would take the same expression, bound again, for another.
          .groupBy(sql`1`)
          .execute(),
        issued
          .select(["zone_id", (eb) => eb.fn.countAll<string>().as("count")])
          .groupBy("zone_id")
          .execute(),
        issued
          .select(["actor", (eb) => eb.fn.countAll<string>().as("count")])
          .groupBy("actor")
          .execute(),
        issued
          .where("amount", "is not", null)
          .where("currency", "is not", null)
          .select(["currency", cents.as("cents")])
          .groupBy("currency")
          .execute(),
        day
          .where("state", "=", "rejected")
          .select(["opscom_error_code", (eb) => eb.fn.countAll<string>().as("count")])
          .groupBy("opscom_error_code")
          .execute(),
        day
          .where("state", "=", "unknown")
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom("journal_reconciliations")
                  .select("id")
                  .whereRef("entry_id", "=", "journal_entries.id"),
              ),
            ),
          )
          .select((eb) => eb.fn.countAll<string>().as("count"))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        byHour: byHour.map((row) => ({ hour: Number(row.hour), issued: Number(row.count) })),
        byZone: byZone.map((row) => ({ zoneId: row.zone_id, issued: Number(row.count) })),
        byMember: byMember.map((row) => ({ actor: row.actor, issued: Number(row.count) })),
        amounts: amounts.map((row) => ({ currency: row.currency ?? "", cents: Number(row.cents) })),
        refused: refused.map((row) => ({
          opscomErrorCode:
            row.opscom_error_code === null ? undefined : Number(row.opscom_error_code),
          count: Number(row.count),
        })),
        awaitingFinding: Number(awaiting.count),
      };
    },

    /**
     * Permits OPSCOM should hold now, per zone as last sent: issued and not voided (OPSCOM's
     * Stats counts every permit it has not deleted), and beside them those not confirmed, which
     * it may or may not hold.
     */
    async heldPerZone(scope: DayScope) {
      const rows = await db
        .selectFrom("journal_entries")
        .where("voided_at", "is", null)
        .where("state", "in", ["issued", "unknown"])
        .where(inScope(scope))
        .select(["current_zone_id", "state", (eb) => eb.fn.countAll<string>().as("count")])
        .groupBy(["current_zone_id", "state"])
        .execute();
      return rows.map((row) => ({
        zoneId: row.current_zone_id,
        state: row.state,
        count: Number(row.count),
      }));
    },
  };
}

export type DayFiguresStore = ReturnType<typeof createDayFigures>;
