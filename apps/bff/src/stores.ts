import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { createAuditTrail } from "./audit/audit-trail.ts";
import { createSessions } from "./auth/sessions.ts";
import { createSignInThrottle } from "./auth/sign-in-throttle.ts";
import { createBatches } from "./batches/batch-store.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import { createDayFigures } from "./day/day-figures.ts";
import type { Database, DatabaseDialect } from "./db/database.ts";
import { commitsFor } from "./db/group-commit.ts";
import { databaseAnswers } from "./db/ping.ts";
import { countAwaitingFinding } from "./journal/awaiting-finding.ts";
import { createIdempotencyKeys } from "./journal/idempotency-keys.ts";
import { createJournal } from "./journal/journal.ts";
import { createPermitChanges, createSubmissions } from "./journal/write-stores.ts";
import { createOwnership } from "./ownership/ownership.ts";
import { createTemplates } from "./templates/templates.ts";
import { createUsers } from "./users/users.ts";
import { createZones } from "./zones/zones.ts";

/**
 * Every store the app keeps in the database, built one way for the server and for tests.
 * `instance` is this server process: what it journals as pending is its own (decision 013).
 */
export async function openStores(
  db: Kysely<Database>,
  clock: Clock,
  config: Config,
  instance: { dialect: DatabaseDialect; id?: string },
) {
  const ownership = createOwnership(db, {
    dialect: instance.dialect,
    clock,
    instanceId: instance.id ?? randomUUID(),
    leaseMs: config.instanceLeaseMs,
    opscomTimeoutMs: config.opscom.timeoutMs,
  });
  const owner = ownership.instanceId;
  // One queue for both journals, so that creates and changes share their commits.
  const commit = commitsFor(db, instance.dialect);
  const zones = createZones(db, { clock });
  // ZONES only fills a new database; afterwards administrators manage zones in the app.
  await zones.seed(config.zones, { userId: null, label: "ZONES" });
  return {
    journal: createJournal(db, { clock }),
    idempotencyKeys: createIdempotencyKeys(db, { clock }),
    submissions: createSubmissions(db, { clock, owner, commit, dialect: instance.dialect }),
    permitChanges: createPermitChanges(db, { clock, owner, commit, dialect: instance.dialect }),
    ownership,
    day: createDayFigures(db, instance.dialect),
    batches: createBatches(db, { clock, dialect: instance.dialect, instanceId: owner }),
    users: createUsers(db, { clock }),
    zones,
    templates: createTemplates(db, { clock }),
    sessions: createSessions(db, { clock, ...config.session }),
    signInThrottle: createSignInThrottle(db),
    audit: createAuditTrail(db, { clock }),
    databaseAnswers: () => databaseAnswers(db),
    awaitingFinding: () => countAwaitingFinding(db),
  };
}

export type Stores = Awaited<ReturnType<typeof openStores>>;
