import type { Kysely } from "kysely";
import type { Database } from "../db/database.ts";
import { type Zone, zoneOf } from "../zones/zone.ts";
import { ZoneNotFoundError } from "../zones/zone-errors.ts";

/** Each user's assigned zones, by name. */
export async function zonesByUser(
  db: Kysely<Database>,
  userIds: string[],
): Promise<Map<string, Zone[]>> {
  const byUser = new Map<string, Zone[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom("user_zones")
    .innerJoin("zones", "zones.id", "user_zones.zone_id")
    .selectAll("zones")
    .select("user_zones.user_id")
    .where("user_zones.user_id", "in", userIds)
    .orderBy("zones.name")
    .execute();
  for (const { user_id, ...zone } of rows) byUser.get(user_id)?.push(zoneOf(zone));
  return byUser;
}

/** Replaces the user's zones with these; every id must name a zone. */
export async function assignZones(
  trx: Kysely<Database>,
  userId: string,
  zoneIds: string[],
): Promise<void> {
  const wanted = [...new Set(zoneIds)];
  if (wanted.length > 0) {
    const found = await trx.selectFrom("zones").select("id").where("id", "in", wanted).execute();
    const missing = wanted.find((id) => !found.some((zone) => zone.id === id));
    if (missing !== undefined) throw new ZoneNotFoundError(missing);
  }
  await trx.deleteFrom("user_zones").where("user_id", "=", userId).execute();
  if (wanted.length === 0) return;
  await trx
    .insertInto("user_zones")
    .values(wanted.map((zoneId) => ({ user_id: userId, zone_id: zoneId })))
    .execute();
}
