import { randomUUID } from "node:crypto";
import type { Clock } from "../clock.ts";
import type { DatabaseHandle } from "../db/open-database.ts";
import { createOwnership } from "../ownership/ownership.ts";

/** An owner that holds no lease: a server that stopped without settling what it sent. */
export const STOPPED_SERVER = "server-that-stopped";

/** Recovery as a server that just started would run it, beside nobody else. */
export function recoverAsAnotherServer(database: Omit<DatabaseHandle, "close">, clock: Clock) {
  return createOwnership(database.db, {
    dialect: database.dialect,
    clock,
    instanceId: randomUUID(),
    leaseMs: 30_000,
    opscomTimeoutMs: 10_000,
  }).recoverOrphans();
}
