import { isOneConfusableAway, normalizePlate, plateSkeleton } from "@permit-desk/schema";
import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { latestFinding } from "./reconciliations.ts";

export type SimilarPlatesQuery = {
  plate: string;
  /** The ids of the zones whose permits may be offered. */
  zoneIds: string[];
  since: Date;
  limit: number;
};

/** `zoneId` is the zone the permit is in now; `zone` its name as sent to OPSCOM. */
export type SimilarPlate = { plate: string; zone: string; zoneId: string; lastIssuedAt: Date };

/** Far more plates than ever share a skeleton in practice: only a bound on a pathological journal. */
const MAX_CANDIDATES = 100;

/**
 * Plates one confusable character away from `plate` with a permit issued (or found in OPSCOM)
 * in one of `zones` since `since`: each once, with its latest permit, newest first. A corrected
 * permit counts under its current plate and zone; a voided one not at all.
 */
export async function similarPlates(
  db: Kysely<Database>,
  query: SimilarPlatesQuery,
): Promise<SimilarPlate[]> {
  const plate = normalizePlate(query.plate);
  if (plate === "" || query.zoneIds.length === 0 || query.limit < 1) return [];
  const issuedSameSkeleton = db
    .selectFrom("journal_entries")
    .select((eb) => [
      "current_plate as plate",
      "current_zone as zone",
      "current_zone_id as zone_id",
      "created_at",
      eb.fn
        .agg<number>("row_number")
        .over((over) =>
          over.partitionBy("current_plate").orderBy("created_at", "desc").orderBy("id", "desc"),
        )
        .as("newest"),
    ])
    .where("plate_skeleton", "=", plateSkeleton(plate))
    .where("created_at", ">=", query.since.getTime())
    .where("current_plate", "<>", plate)
    .where("current_zone_id", "in", query.zoneIds)
    .where("voided_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("state", "=", "issued"),
        eb.and([eb("state", "=", "unknown"), eb(latestFinding(eb), "=", "exists")]),
      ]),
    );
  const rows = await db
    .selectFrom(issuedSameSkeleton.as("candidates"))
    .select(["plate", "zone", "zone_id", "created_at"])
    .where("newest", "=", 1)
    .orderBy("created_at", "desc")
    .orderBy("plate")
    .limit(MAX_CANDIDATES)
    .execute();
  return rows
    .filter((row) => isOneConfusableAway(plate, row.plate))
    .slice(0, query.limit)
    .map((row) => ({
      plate: row.plate,
      zone: row.zone,
      zoneId: row.zone_id,
      lastIssuedAt: new Date(row.created_at),
    }));
}
