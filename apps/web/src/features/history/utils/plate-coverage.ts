import type { PermitSummary } from "@permit-desk/schema";

type CoverageFacts = Pick<PermitSummary, "state" | "finding">;

/** A permit valid now that surely exists in OPSCOM: issued, or found there by staff. */
export function isConfirmedCover(permit: CoverageFacts): boolean {
  return permit.state === "issued" || (permit.state === "unknown" && permit.finding === "exists");
}

function permitsCount(count: number): string {
  return count === 1 ? "1 permit" : `${count} permits`;
}

/**
 * The first sentence of the answer for a plate. Permits that may exist in OPSCOM (never
 * confirmed, or still being sent) are never left out: "no active permit" must mean none.
 */
export function plateCoverageHeadline(plate: string, permits: readonly CoverageFacts[]): string {
  const confirmed = permits.filter(isConfirmedCover).length;
  const uncertain = permits.length - confirmed;
  if (confirmed > 0 && uncertain > 0) {
    return `${plate} is covered now by ${permitsCount(confirmed)}, and ${uncertain} more may exist in OPSCOM.`;
  }
  if (confirmed > 0) return `${plate} is covered now by ${permitsCount(confirmed)}.`;
  if (uncertain > 0) {
    return `No confirmed permit for ${plate}, but ${permitsCount(uncertain)} may exist in OPSCOM: check before issuing another.`;
  }
  return `No active permit issued here for ${plate}.`;
}
