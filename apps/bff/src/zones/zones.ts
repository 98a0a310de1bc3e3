import { randomUUID } from "node:crypto";
import { zoneNameKey, zoneNameSchema } from "@permit-desk/schema";
import type { Kysely } from "kysely";
import type { Actor } from "../audit/audit-event.ts";
import { type AuditOptions, writeAuditEvent } from "../audit/audit-trail.ts";
import { changesBetween } from "../audit/changes.ts";
import type { Clock } from "../clock.ts";
import type { Database } from "../db/database.ts";
import { JOURNAL_NAMES_ACTOR } from "../db/migrations/0008-zone-identity.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { InvalidValueError } from "../invalid-value.ts";
import { type Zone, zoneFacts, zoneOf } from "./zone.ts";
import { ZoneNameTakenError, ZoneNotFoundError } from "./zone-errors.ts";

export type ZoneChanges = { name?: string; active?: boolean };

export type Zones = {
  /** By name; only the active ones unless `all`. */
  list(options?: { all?: boolean }): Promise<Zone[]>;
  get(id: string): Promise<Zone | undefined>;
  create(name: string, actor: Actor): Promise<Zone>;
  update(id: string, changes: ZoneChanges, actor: Actor): Promise<Zone>;
  /** Adds these zones to a database no one has set zones up in (see `awaitsSeeding`), nothing more. */
  seed(names: string[], actor: Actor): Promise<Zone[]>;
};

export type ZonesOptions = { clock: Clock; newId?: () => string };

/** The name as it will be stored and sent to OPSCOM; throws saying what is wrong with it. */
function zoneName(raw: string): string {
  const parsed = zoneNameSchema.safeParse(raw);
  if (!parsed.success) throw InvalidValueError.of(parsed.error);
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

/** The zone already holding this name, whatever its capitals, as the refusal names it. */
async function takenBy(db: Kysely<Database>, name: string): Promise<ZoneNameTakenError> {
  const holder = await db
    .selectFrom("zones")
    .select("name")
    .where("name_key", "=", zoneNameKey(name))
    .executeTakeFirst();
  return new ZoneNameTakenError(holder?.name ?? name, holder !== undefined && holder.name !== name);
}

async function named<T>(db: Kysely<Database>, name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw await takenBy(db, name);
    throw error;
  }
}

/**
 * `ZONES` fills a database no one has set zones up in: none in use, and none ever created but
 * those migration 0008 kept for names only the journal held (a database from before zones were
 * kept): those come back into use under their ids, so their permits stay theirs.
 */
async function awaitsSeeding(trx: Kysely<Database>): Promise<boolean> {
  const active = await trx
    .selectFrom("zones")
    .select("id")
    .where("active", "=", 1)
    .limit(1)
    .executeTakeFirst();
  if (active !== undefined) return false;
  const created = await trx
    .selectFrom("audit_events")
    .select("id")
    .where("subject_type", "=", "zone")
    .where("action", "=", "zone.create")
    .where("actor_label", "<>", JOURNAL_NAMES_ACTOR)
    .limit(1)
    .executeTakeFirst();
  return created === undefined;
}

export function createZones(db: Kysely<Database>, options: ZonesOptions): Zones {
  const { clock } = options;
  const newId = options.newId ?? randomUUID;
  const audit: AuditOptions = { clock, newId };

  async function insertZone(trx: Kysely<Database>, name: string, actor: Actor) {
    const now = clock().getTime();
    const row = await trx
      .insertInto("zones")
      .values({
        id: newId(),
        name,
        name_key: zoneNameKey(name),
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .onConflict((conflict) => conflict.column("name_key").doNothing())
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

  /** Puts back in use a zone kept only for the permits that name it (migration 0008). */
  async function activate(trx: Kysely<Database>, id: string, actor: Actor) {
    const now = clock().getTime();
    const before = await lockZone(trx, id, now);
    if (before.active) return undefined;
    await trx.updateTable("zones").set({ active: 1 }).where("id", "=", id).execute();
    const after = { ...before, active: true, updatedAt: new Date(now) };
    await writeAuditEvent(
      trx,
      {
        actor,
        action: "zone.update",
        subject: { type: "zone", id },
        changes: changesBetween(zoneFacts(before), zoneFacts(after)),
      },
      audit,
    );
    return after;
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
      const zone = await named(db, name, () =>
        db.transaction().execute((trx) => insertZone(trx, name, actor)),
      );
      if (zone === undefined) throw await takenBy(db, name);
      return zone;
    },

    async update(id, changes, actor) {
      const name = changes.name === undefined ? undefined : zoneName(changes.name);
      return named(db, name ?? "", () =>
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
            .set({
              name: after.name,
              // A zone kept from before names were unique keeps its own key until renamed.
              ...(after.name !== before.name && { name_key: zoneNameKey(after.name) }),
              active: after.active ? 1 : 0,
            })
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
      const valid = [...new Map(names.map(zoneName).map((name) => [zoneNameKey(name), name]))];
      return db.transaction().execute(async (trx) => {
        if (!(await awaitsSeeding(trx))) return [];
        const seeded: Zone[] = [];
        for (const [key, name] of valid) {
          const kept = await trx
            .selectFrom("zones")
            .select("id")
            .where("name_key", "=", key)
            .executeTakeFirst();
          const zone =
            kept === undefined
              ? await insertZone(trx, name, actor)
              : await activate(trx, kept.id, actor);
          if (zone !== undefined) seeded.push(zone);
        }
        return seeded;
      });
    },
  };
}
