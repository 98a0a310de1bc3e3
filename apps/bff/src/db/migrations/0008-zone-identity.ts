import { randomUUID } from "node:crypto";
import { zoneNameKey } from "@permit-desk/schema";
import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

/** Who the audit trail says made the zones kept for names only the journal held. */
export const JOURNAL_NAMES_ACTOR = "migration 0008";

type ZoneRow = { id: string; name: string; created_at: number };
type NameEvent = { subject_id: string; at: number; changes: string | null };

/** From `at` on (`undefined`: since always), zone `zoneId` held this name. */
type Holding = { zoneId: string; from: number | undefined };

function nameAfter(changes: string | null): string | undefined {
  if (changes === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(changes);
    if (typeof parsed !== "object" || parsed === null || !("name" in parsed)) return undefined;
    const { name } = parsed;
    if (typeof name !== "object" || name === null || !("after" in name)) return undefined;
    return typeof name.after === "string" ? name.after : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Who held each name when: every zone from its creation (its first name since always, so that
 * permits older than the zones table find it), then each rename in the audit trail. A name
 * held in turn by several zones is each one's from its start until the next one's start.
 */
async function nameHoldings(db: Kysely<unknown>): Promise<Map<string, Holding[]>> {
  const zones = (await sql<ZoneRow>`select id, name, created_at from zones`.execute(db)).rows;
  const events = (
    await sql<NameEvent>`select subject_id, at, changes from audit_events
      where subject_type = 'zone' and action in ('zone.create', 'zone.update')
      order by at, id`.execute(db)
  ).rows;
  const holdings = new Map<string, Holding[]>();
  const hold = (name: string, holding: Holding) =>
    holdings.set(name, [...(holdings.get(name) ?? []), holding]);
  for (const zone of zones) {
    const names = events
      .filter((event) => event.subject_id === zone.id)
      .map((event) => ({ at: event.at, name: nameAfter(event.changes) }))
      .filter((change): change is { at: number; name: string } => change.name !== undefined);
    // Without its audit (written by hand, say), a zone has always had the name it has.
    if (names.length === 0 || names.at(-1)?.name !== zone.name) {
      names.push({ at: zone.created_at, name: zone.name });
    }
    for (const { at, name } of names) hold(name, { zoneId: zone.id, from: at });
  }
  for (const list of holdings.values()) {
    list.sort(
      (a, b) => (a.from ?? Number.NEGATIVE_INFINITY) - (b.from ?? Number.NEGATIVE_INFINITY),
    );
    // The earliest holder of a name also holds it before it was recorded.
    const first = list[0];
    if (first !== undefined) first.from = undefined;
  }
  return holdings;
}

/** Names the journal holds that no zone ever held: a zone of their own, kept inactive. */
async function zonesForUnheldNames(
  db: Kysely<unknown>,
  holdings: Map<string, Holding[]>,
): Promise<void> {
  const names = (
    await sql<{ name: string; first_at: number }>`select name, min(at) as first_at from (
        select zone as name, created_at as at from journal_entries
        union all select current_zone as name, created_at as at from journal_entries
        union all select zone as name, created_at as at from journal_changes
      ) named group by name`.execute(db)
  ).rows;
  const zones = (await sql<ZoneRow>`select id, name, created_at from zones`.execute(db)).rows;
  const now = Date.now();
  for (const { name, first_at } of names) {
    if (holdings.has(name)) continue;
    // "lot 4" in the journal beside a zone "Lot 4": one zone, as names are from now on.
    const sameKey = zones.find((zone) => zoneNameKey(zone.name) === zoneNameKey(name));
    if (sameKey !== undefined) {
      holdings.set(name, [{ zoneId: sameKey.id, from: undefined }]);
      continue;
    }
    const id = randomUUID();
    const createdAt = Number(first_at);
    await sql`insert into zones (id, name, name_key, active, created_at, updated_at)
      values (${id}, ${name}, ${zoneNameKey(name)}, 0, ${createdAt}, ${now})`.execute(db);
    await sql`insert into audit_events (id, at, actor_id, actor_label, action, subject_type,
        subject_id, changes, detail)
      values (${randomUUID()}, ${now}, null, ${JOURNAL_NAMES_ACTOR}, 'zone.create', 'zone', ${id},
        ${JSON.stringify({ name: { before: null, after: name }, active: { before: null, after: false } })},
        ${JSON.stringify({ reason: "named by permits in the journal that no zone held" })})`.execute(
      db,
    );
    zones.push({ id, name, created_at: createdAt });
    holdings.set(name, [{ zoneId: id, from: undefined }]);
  }
}

/** Sets `idColumn` to the zone that held `nameColumn`'s name when each row was written. */
async function fillZoneIds(
  db: Kysely<unknown>,
  table: "journal_entries" | "journal_changes",
  nameColumn: "zone" | "current_zone",
  idColumn: "zone_id" | "current_zone_id",
  holdings: Map<string, Holding[]>,
): Promise<void> {
  for (const [name, list] of holdings) {
    for (const [index, { zoneId, from }] of list.entries()) {
      const until = list[index + 1]?.from;
      const since = from === undefined ? sql`` : sql` and created_at >= ${from}`;
      const before = until === undefined ? sql`` : sql` and created_at < ${until}`;
      await sql`update ${sql.table(table)} set ${sql.ref(idColumn)} = ${zoneId}
        where ${sql.ref(nameColumn)} = ${name}${since}${before}`.execute(db);
    }
  }
}

async function addZoneKey(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .alterTable("zones")
    .addColumn("name_key", byteOrderedText(dialect), (column) => column.notNull().defaultTo(""))
    .execute();
  const zones = (
    await sql<ZoneRow>`select id, name, created_at from zones order by created_at, id`.execute(db)
  ).rows;
  const taken = new Set<string>();
  for (const zone of zones) {
    // Two zones made before this rule, "Lot 4" and "lot 4": both go on working as they were; the
    // younger's key is its own, and no third spelling can be added beside them.
    let key = zoneNameKey(zone.name);
    if (taken.has(key)) key = `${key}#${zone.id}`;
    taken.add(key);
    await sql`update zones set name_key = ${key} where id = ${zone.id}`.execute(db);
  }
  if (dialect === "postgres") {
    await db.schema
      .alterTable("zones")
      .alterColumn("name_key", (column) => column.dropDefault())
      .execute();
  }
  await db.schema
    .createIndex("zones_unique_name_key")
    .on("zones")
    .column("name_key")
    .unique()
    .execute();
}

async function addZoneIds(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  const ordered = byteOrderedText(dialect);
  const columns = [
    ["journal_entries", "zone_id"],
    ["journal_entries", "current_zone_id"],
    ["journal_changes", "zone_id"],
  ] as const;
  for (const [table, column] of columns) {
    await db.schema
      .alterTable(table)
      .addColumn(column, ordered, (col) => col.notNull().defaultTo(""))
      .execute();
  }
  const holdings = await nameHoldings(db);
  await zonesForUnheldNames(db, holdings);
  await fillZoneIds(db, "journal_entries", "zone", "zone_id", holdings);
  await fillZoneIds(db, "journal_changes", "zone", "zone_id", holdings);
  // The zone a permit is in now: the one whose name it has, as held when it was submitted, or
  // as held when its latest change naming that zone was asked for (a correction, or a void after).
  await fillZoneIds(db, "journal_entries", "current_zone", "current_zone_id", holdings);
  await sql`update journal_entries set current_zone_id = (
      select c.zone_id from journal_changes c
      where c.permit_id = journal_entries.id and c.zone = journal_entries.current_zone
      order by c.sequence desc limit 1)
    where exists (select 1 from journal_changes c
      where c.permit_id = journal_entries.id and c.zone = journal_entries.current_zone)`.execute(
    db,
  );
  if (dialect === "postgres") {
    for (const [table, column] of columns) {
      await db.schema
        .alterTable(table)
        .alterColumn(column, (col) => col.dropDefault())
        .execute();
    }
  }
  // Managers see the permits submitted in or moved into their zones; the history filters by
  // the zone a permit is in now.
  await db.schema.dropIndex("journal_entries_current_zone").execute();
  const indexes: Array<[name: string, columns: string[]]> = [
    ["journal_entries_current_zone_id", ["current_zone_id", "created_at", "id"]],
    ["journal_entries_zone_id", ["zone_id", "created_at", "id"]],
  ];
  for (const [name, indexColumns] of indexes) {
    await db.schema.createIndex(name).on("journal_entries").columns(indexColumns).execute();
  }
}

/**
 * Zones by identity: permits and their changes record the zone's id beside the name they were
 * sent with, and zone names are unique whatever their capitals (decision 016).
 */
export function zoneIdentityMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await addZoneKey(db, dialect);
      await addZoneIds(db, dialect);
    },
  };
}
