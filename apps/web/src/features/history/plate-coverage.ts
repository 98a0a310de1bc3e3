import type { PermitSummary } from "@permit-desk/schema";
import type { HistoryWords } from "./messages.ts";

type CoverageFacts = Pick<PermitSummary, "state" | "finding">;

/** A permit valid now that surely exists in OPSCOM: issued, or found there by staff. */
export function isConfirmedCover(permit: CoverageFacts): boolean {
  return permit.state === "issued" || (permit.state === "unknown" && permit.finding === "exists");
}

/**
 * The first sentence of the answer for a plate. Permits that may exist in OPSCOM (never
 * confirmed, or still being sent) are never left out: "no active permit" must mean none.
 */
export function plateCoverageHeadline(
  plate: string,
  permits: readonly CoverageFacts[],
  t: HistoryWords,
): string {
  const confirmed = permits.filter(isConfirmedCover).length;
  return t("coverage", { plate, confirmed, uncertain: permits.length - confirmed });
}
