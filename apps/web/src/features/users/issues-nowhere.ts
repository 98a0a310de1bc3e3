import type { User, ZoneRecord } from "@permit-desk/schema";

/**
 * Whether a member, as saved, can issue no permit at all: administrators issue in every zone,
 * managers and validators only in the active zones given to them.
 */
export function issuesNowhere(
  member: Pick<User, "role" | "zones">,
  zones: readonly ZoneRecord[],
): boolean {
  if (member.role === "admin") return false;
  return !zones.some((zone) => zone.active && member.zones.includes(zone.name));
}
