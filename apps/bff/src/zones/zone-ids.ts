import { UnknownZonesError } from "./zone-errors.ts";
import type { Zones } from "./zones.ts";

/** The ids of zones given by name, exactly as OPSCOM spells them; throws naming any unknown. */
export async function zoneIdsOf(zones: Zones, names: string[]): Promise<string[]> {
  const known = await zones.list({ all: true });
  const missing = names.filter((name) => !known.some((zone) => zone.name === name));
  if (missing.length > 0) throw new UnknownZonesError(missing);
  return known.filter((zone) => names.includes(zone.name)).map((zone) => zone.id);
}
