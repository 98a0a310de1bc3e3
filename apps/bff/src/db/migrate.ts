import { type Kysely, type Migration, type MigrationResult, Migrator, sql } from "kysely";
import type { Database, DatabaseDialect } from "./database.ts";
import { journalMigration } from "./migrations/0001-journal.ts";
import { idempotencyKeysMigration } from "./migrations/0002-idempotency-keys.ts";
import { accountsMigration } from "./migrations/0003-accounts.ts";
import { templatesMigration } from "./migrations/0004-templates.ts";
import { plateSkeletonMigration } from "./migrations/0005-plate-skeleton.ts";
import { permitChangesMigration } from "./migrations/0006-permit-changes.ts";
import { instanceLeasesMigration } from "./migrations/0007-instance-leases.ts";
import { zoneIdentityMigration } from "./migrations/0008-zone-identity.ts";
import { signInByAddressMigration } from "./migrations/0009-sign-in-by-address.ts";
import { outcomeDetailCodesMigration } from "./migrations/0010-outcome-detail-codes.ts";
import { batchesMigration } from "./migrations/0011-batches.ts";

/**
 * Listed in code rather than found on disk: the server ships as one bundled file. Names sort
 * in the order they apply; an applied migration is never edited, a change is a new one.
 */
export function migrations(dialect: DatabaseDialect): Record<string, Migration> {
  return {
    "0001_journal": journalMigration(dialect),
    "0002_idempotency_keys": idempotencyKeysMigration(),
    "0003_accounts": accountsMigration(dialect),
    "0004_templates": templatesMigration(dialect),
    "0005_plate_skeleton": plateSkeletonMigration(dialect),
    "0006_permit_changes": permitChangesMigration(dialect),
    "0007_instance_leases": instanceLeasesMigration(dialect),
    "0008_zone_identity": zoneIdentityMigration(dialect),
    "0009_sign_in_by_address": signInByAddressMigration(dialect),
    "0010_outcome_detail_codes": outcomeDetailCodesMigration(),
    "0011_batches": batchesMigration(dialect),
  };
}

export class MigrationError extends Error {
  constructor(cause: unknown, failed: MigrationResult | undefined) {
    const what = failed === undefined ? "the migrations" : `migration ${failed.migrationName}`;
    super(`Could not apply ${what}: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = "MigrationError";
  }
}

async function currentSchema(db: Kysely<Database>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** Applies every migration not yet applied; several instances starting at once take turns. */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: DatabaseDialect,
): Promise<MigrationResult[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations(dialect) },
    // Kysely looks for its own tables in every schema it can see; named, it looks in this one
    // alone, so another schema of the same database (another instance's, a test's) is no match.
    ...(dialect === "postgres" && { migrationTableSchema: await currentSchema(db) }),
    // A database can hold a later-numbered migration before an earlier one ships; each stands
    // alone, so whichever is missing is applied.
    allowUnorderedMigrations: true,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined)
    throw new MigrationError(
      error,
      results.find((result) => result.status === "Error"),
    );
  return results;
}
