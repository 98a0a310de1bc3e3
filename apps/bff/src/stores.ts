import type { Kysely } from "kysely";
import { createTemplates } from "./accounts/templates.ts";
import { createUsers } from "./accounts/users.ts";
import { createZones } from "./accounts/zones.ts";
import { createAuditTrail } from "./audit/audit-trail.ts";
import { createSessions } from "./auth/sessions.ts";
import { createSignInThrottle } from "./auth/sign-in-throttle.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Database } from "./db/database.ts";
import { createIdempotencyKeys } from "./idempotency/idempotency-keys.ts";
import { createJournal } from "./journal/journal.ts";
import { createPermitChanges } from "./permits/permit-changes.ts";
import { createSubmissions } from "./permits/submissions.ts";

/** Every store the app keeps in the database, built one way for the server and for tests. */
export async function openStores(db: Kysely<Database>, clock: Clock, config: Config) {
  const zones = createZones(db, { clock });
  // ZONES only fills a new database; afterwards administrators manage zones in the app.
  await zones.seed(config.zones, { userId: null, label: "ZONES" });
  return {
    journal: createJournal(db, { clock }),
    idempotencyKeys: createIdempotencyKeys(db, { clock }),
    submissions: createSubmissions(db, { clock }),
    permitChanges: createPermitChanges(db, { clock }),
    users: createUsers(db, { clock }),
    zones,
    templates: createTemplates(db, { clock }),
    sessions: createSessions(db, { clock, ...config.session }),
    signInThrottle: createSignInThrottle(db),
    audit: createAuditTrail(db, { clock }),
  };
}

export type Stores = Awaited<ReturnType<typeof openStores>>;
