// Round trips from the BFF to PostgreSQL per permit, counted on the wire by a proxy in front of
// the database: one clerk issuing permits one after another through the real server.
import { roundTripsPerPermit } from "../apps/bff/src/testing/postgres-round-trips.ts";

export const ROUND_TRIPS_BUDGET = 4;

export async function measureRoundTrips(options: { postgresUrl: string; permits: number }) {
  const counts = await roundTripsPerPermit(options.postgresUrl, options.permits);
  const sorted = [...counts].sort((a, b) => a - b);
  return {
    permits: counts.length,
    /** What a permit takes; the server's lease renewals meanwhile make a few counts larger. */
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
    most: sorted.at(-1) ?? Number.NaN,
    budget: ROUND_TRIPS_BUDGET,
  };
}
