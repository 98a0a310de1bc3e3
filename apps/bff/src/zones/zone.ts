import type { Selectable } from "kysely";
import type { ZonesTable } from "../db/database.ts";

export type Zone = {
  id: string;
  /** Exactly as configured in OPSCOM. */
  name: string;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
};

export function zoneOf(row: Selectable<ZonesTable>): Zone {
  return {
    id: row.id,
    name: row.name,
    active: row.active === 1,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** A zone as the audit trail shows it. */
export function zoneFacts(zone: Zone): Record<string, unknown> {
  return { name: zone.name, active: zone.active };
}
