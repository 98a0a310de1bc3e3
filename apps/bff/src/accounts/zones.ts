import { randomUUID } from "node:crypto";
import { zoneSchema } from "@permit-desk/schema";
import type { Kysely } from "kysely";
import type { Actor } from "../audit/audit-event.ts";
import { type AuditOptions, writeAuditEvent } from "../audit/audit-trail.ts";
import { changesBetween } from "../audit/changes.ts";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { ZoneNameTakenError, ZoneNotFoundError } from "./account-errors.ts";
import { type Zone, zoneFacts, zoneOf } from "./zone.ts";

export type ZoneChanges = { name?: string; active?: boolean };

export type Zones = {
  /** By name; only the active ones unless `all`. */
  list(options?: { all?: boolean }): Promise<Zone[]>;
  get(id: string): Promise<Zone | undefined>;
  create(name: string, actor: Actor): Promise<Zone>;
  update(id: string, changes: ZoneChanges, actor: Actor): Promise<Zone>;
  /** Adds these zones only when there are none at all: `ZONES` seeds a new database, nothing more. */
  seed(names: string[], actor: Actor): Promise<Zone[]>;
};

export type ZonesOptions = { clock: Clock; newId?: () => string };

function zoneName(raw: string): string {
  const parsed = zoneSchema.safeParse(raw);
  if (!parsed.success)
    throw new RangeError(parsed.error.issues[0]?.message ?? "Invalid zone name.");
  return parsed.data;
}

/**
 * Touching the row first locks it on PostgreSQL until the transaction ends, and `returning`
 * gives the values as they were: the audit's "before" cannot be stale.
 */
async function lockZone(trx: Kysely<Database>, id: string, now: number): Promise<Zone> {
  const row = await trx
    .updateTable("zones")
    .set({ updated_at: now })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
  if (row === undefined) throw new ZoneNotFoundError(id);
  return zoneOf(row);
}

async function renamed<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ZoneNameTakenError(name);
    throw error;
  }
}

export function createZones(db: Kysely<Database>, options: ZonesOptions): Zones {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  const audit: AuditOptions = { clock, newId };

  async function insertZone(trx: Kysely<Database>, name: string, actor: Actor) {
    const now = clock().getTime();
    const row = await trx
      .insertInto("zones")
      .values({ id: newId(), name, active: 1, created_at: now, updated_at: now })
      .onConflict((conflict) => conflict.column("name").doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const zone = zoneOf(row);
    await writeAuditEvent(
      trx,
      {
        actor,
        action: "zone.create",
        subject: { type: "zone", id: zone.id },
        changes: changesBetween(undefined, zoneFacts(zone)),
      },
      audit,
    );
    return zone;
  }

  return {
    async list(listOptions = {}) {
      let select = db.selectFrom("zones").selectAll();
      if (listOptions.all !== true) select = select.where("active", "=", 1);
      const rows = await select.orderBy("name").execute();
      return rows.map(zoneOf);
    },

    async get(id) {
      const row = await db.selectFrom("zones").selectAll().where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : zoneOf(row);
    },

    async create(raw, actor) {
      const name = zoneName(raw);
      const zone = await db.transaction().execute((trx) => insertZone(trx, name, actor));
      if (zone === undefined) throw new ZoneNameTakenError(name);
      return zone;
    },

    async update(id, changes, actor) {
      const name = changes.name === undefined ? undefined : zoneName(changes.name);
      return renamed(name ?? "", () =>
        db.transaction().execute(async (trx) => {
          const now = clock().getTime();
          const before = await lockZone(trx, id, now);
          const after = {
            ...before,
            name: name ?? before.name,
            active: changes.active ?? before.active,
          };
          await trx
            .updateTable("zones")
            .set({ name: after.name, active: after.active ? 1 : 0 })
            .where("id", "=", id)
            .execute();
          const changed = changesBetween(zoneFacts(before), zoneFacts(after));
          if (Object.keys(changed).length > 0) {
            await writeAuditEvent(
              trx,
              { actor, action: "zone.update", subject: { type: "zone", id }, changes: changed },
              audit,
            );
          }
          return { ...after, updatedAt: new Date(now) };
        }),
      );
    },

    async seed(names, actor) {
      const valid = [...new Set(names.map(zoneName))];
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom("zones").select("id").limit(1).executeTakeFirst();
        if (existing !== undefined) return [];
        const seeded: Zone[] = [];
        for (const name of valid) {
          const zone = await insertZone(trx, name, actor);
          if (zone !== undefined) seeded.push(zone);
        }
        return seeded;
      });
    },
  };
}
