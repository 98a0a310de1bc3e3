import { type Kysely, type Migration, sql } from "kysely";
import type { DatabaseDialect } from "../database.ts";
import { byteOrderedText } from "./column-types.ts";

async function createUsers(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", byteOrderedText(dialect), (column) => column.primaryKey())
    .addColumn("username", "text", (column) => column.notNull())
    .addColumn("username_key", byteOrderedText(dialect), (column) => column.notNull().unique())
    .addColumn("display_name", "text", (column) => column.notNull())
    .addColumn("role", "text", (column) =>
      column.notNull().check(sql`role in ('admin', 'manager', 'validator')`),
    )
    .addColumn("password_hash", "text", (column) =>
      column.notNull().check(sql`password_hash like '$argon2id$%'`),
    )
    .addColumn("disabled", "integer", (column) =>
      column.notNull().defaultTo(0).check(sql`disabled in (0, 1)`),
    )
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("updated_at", "bigint", (column) => column.notNull())
    .addColumn("password_changed_at", "bigint", (column) => column.notNull())
    .execute();
}

async function createZones(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .createTable("zones")
    .addColumn("id", byteOrderedText(dialect), (column) => column.primaryKey())
    .addColumn("name", byteOrderedText(dialect), (column) =>
      column.notNull().unique().check(sql`length(name) between 1 and 200`),
    )
    .addColumn("active", "integer", (column) =>
      column.notNull().defaultTo(1).check(sql`active in (0, 1)`),
    )
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("updated_at", "bigint", (column) => column.notNull())
    .execute();
  await db.schema
    .createTable("user_zones")
    .addColumn("user_id", byteOrderedText(dialect), (column) =>
      column.notNull().references("users.id"),
    )
    .addColumn("zone_id", byteOrderedText(dialect), (column) =>
      column.notNull().references("zones.id"),
    )
    .addPrimaryKeyConstraint("user_zones_pkey", ["user_id", "zone_id"])
    .execute();
  await db.schema.createIndex("user_zones_zone").on("user_zones").column("zone_id").execute();
}

async function createSessions(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .createTable("sessions")
    .addColumn("id", byteOrderedText(dialect), (column) =>
      column.primaryKey().check(sql`length(id) = 64`),
    )
    .addColumn("user_id", byteOrderedText(dialect), (column) =>
      column.notNull().references("users.id"),
    )
    .addColumn("created_at", "bigint", (column) => column.notNull())
    .addColumn("last_seen_at", "bigint", (column) => column.notNull())
    .addColumn("expires_at", "bigint", (column) => column.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addCheckConstraint("sessions_expire_after_creation", sql`expires_at > created_at`)
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_expires_at").on("sessions").column("expires_at").execute();
  await db.schema
    .createIndex("sessions_last_seen_at")
    .on("sessions")
    .column("last_seen_at")
    .execute();
}

async function createThrottle(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .createTable("sign_in_throttle")
    .addColumn("username_key", byteOrderedText(dialect), (column) => column.primaryKey())
    .addColumn("failures", "integer", (column) => column.notNull().check(sql`failures >= 0`))
    .addColumn("last_failure_at", "bigint", (column) => column.notNull())
    .addColumn("locked_until", "bigint", (column) => column.notNull())
    .execute();
}

async function createAuditEvents(db: Kysely<unknown>, dialect: DatabaseDialect): Promise<void> {
  await db.schema
    .createTable("audit_events")
    .addColumn("id", byteOrderedText(dialect), (column) => column.primaryKey())
    .addColumn("at", "bigint", (column) => column.notNull())
    .addColumn("actor_id", byteOrderedText(dialect), (column) => column.references("users.id"))
    .addColumn("actor_label", "text", (column) => column.notNull())
    // Not a list of actions: adding one must not need a table rebuild on SQLite.
    .addColumn("action", byteOrderedText(dialect), (column) =>
      column.notNull().check(sql`action like '%_._%'`),
    )
    .addColumn("subject_type", byteOrderedText(dialect))
    .addColumn("subject_id", byteOrderedText(dialect))
    .addColumn("changes", "text")
    .addColumn("detail", "text")
    .addCheckConstraint(
      "audit_events_subject_has_type",
      sql`subject_id is null or subject_type is not null`,
    )
    .execute();
  const indexes: Array<[name: string, columns: string[]]> = [
    ["audit_events_at", ["at", "id"]],
    ["audit_events_action", ["action", "at", "id"]],
    ["audit_events_actor", ["actor_id", "at", "id"]],
    ["audit_events_subject", ["subject_type", "subject_id", "at", "id"]],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on("audit_events").columns(columns).execute();
  }
}

/** Staff accounts, their zones and sessions, sign-in throttling and the audit trail. */
export function accountsMigration(dialect: DatabaseDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await createUsers(db, dialect);
      await createZones(db, dialect);
      await createSessions(db, dialect);
      await createThrottle(db, dialect);
      await createAuditEvents(db, dialect);
    },
  };
}
