import { describe, expect, it } from "vitest";
import { roundTripsPerPermit } from "./testing/postgres-round-trips.ts";

const ROUND_TRIPS_PER_PERMIT = 4;
const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

// Round trips are PostgreSQL's cost (SQLite is in the process), so this runs when
// TEST_DATABASE_URL names one.
describe.runIf(postgresUrl !== undefined)("a permit issued on PostgreSQL", () => {
  it(`takes at most ${ROUND_TRIPS_PER_PERMIT} round trips to the database: the member, the site's zones, the pending entry with its key, and the outcome with its audit event and answer`, async () => {
    const counts = await roundTripsPerPermit(postgresUrl ?? "", 3);
    // The server renewing its lease meanwhile can only add to a permit's count: the fewest is
    // the permit's own.
    expect(Math.min(...counts)).toBeLessThanOrEqual(ROUND_TRIPS_PER_PERMIT);
  }, 60_000);
});
